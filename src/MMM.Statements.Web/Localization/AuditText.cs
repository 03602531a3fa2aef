using MMM.Statements.Web.Admin;

namespace MMM.Statements.Web.Localization;

/// <summary>
/// The audit log in the reader's language: the log keeps stable names (<c>reindex-cancel</c>, <c>success</c>), which
/// other tools read; the dashboard says them in words. A name this build does not know is shown as it is.
/// </summary>
public static class AuditText
{
    public static string Action(ManageText text, string action)
    {
        ArgumentNullException.ThrowIfNull(text);
        return action switch
        {
            AuditActions.SignIn => text.AuditSignIn,
            AuditActions.SignOut => text.AuditSignOut,
            AuditActions.PasswordChange => text.AuditPasswordChange,
            AuditActions.PasswordSetAtStart => text.AuditPasswordSetAtStart,
            AuditActions.Reindex => text.AuditReindex,
            AuditActions.Rebuild => text.AuditRebuild,
            AuditActions.ReindexCancel => text.AuditReindexCancel,
            AuditActions.Upload => text.AuditUpload,
            AuditActions.UploadDiscard => text.AuditUploadDiscard,
            AuditActions.Publish => text.AuditPublish,
            AuditActions.Replace => text.AuditReplace,
            AuditActions.Delete => text.AuditDelete,
            AuditActions.Restore => text.AuditRestore,
            AuditActions.AlertDelete => AlertText.For(SiteCultures.Current).AuditDelete,
            _ => action,
        };
    }

    public static string Outcome(ManageText text, string outcome)
    {
        ArgumentNullException.ThrowIfNull(text);
        return outcome switch
        {
            AuditActions.Success => text.AuditSuccess,
            AuditActions.Failure => text.AuditFailure,
            AuditActions.LockedOut => text.AuditLockedOut,
            AuditActions.Throttled => text.AuditThrottled,
            _ => outcome,
        };
    }

    /// <summary>Why the action failed, or null when the entry records no reason.</summary>
    public static string? Reason(UiText text, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entry);
        var m = text.Manage;
        return entry.Reason switch
        {
            null => null,
            AuditReason.NoBuildRunning => m.ReasonNoBuildRunning,
            AuditReason.BuildAlreadyRunning => m.ReasonBuildAlreadyRunning,
            AuditReason.PasswordTooShort => m.ReasonPasswordTooShort,
            AuditReason.PasswordWrongCurrent => m.ReasonPasswordWrongCurrent,
            AuditReason.PasswordUnchanged => m.ReasonPasswordUnchanged,
            AuditReason.UploadEmpty => m.RefusedEmpty,
            AuditReason.UploadTooLarge => text.Search.StatusTooLarge,
            AuditReason.UploadExtensionNotAllowed => m.RefusedExtension,
            AuditReason.UploadContentMismatch => m.RefusedContentMismatch,
            AuditReason.UploadNotExtracted => entry.Extraction is { } status ? text.Search.Extraction(status) : m.RefusedUnknown,
            AuditReason.RestoreNameTaken => m.RestoreNameTaken,
            AuditReason.RestoreNotFound => m.TrashEntryNotFound,
            _ => m.RefusedUnknown,
        };
    }

    /// <summary>The audit reason of a refused upload.</summary>
    public static AuditReason? ForRefusal(UploadRefusal refusal) => refusal switch
    {
        UploadRefusal.Empty => AuditReason.UploadEmpty,
        UploadRefusal.TooLarge => AuditReason.UploadTooLarge,
        UploadRefusal.ExtensionNotAllowed => AuditReason.UploadExtensionNotAllowed,
        UploadRefusal.ContentDoesNotMatchExtension => AuditReason.UploadContentMismatch,
        UploadRefusal.NotExtracted => AuditReason.UploadNotExtracted,
        _ => null,
    };
}
