namespace MMM.Statements.Web.Localization;

/// <summary>
/// Strings of e-mail alerts: the "follow this search" box, the sign-up, confirmation and unsubscribe pages, the mails,
/// and the staff list; once per language (see <see cref="UiText"/>). Mails are in the subscription's language, so
/// code asks <see cref="For(string)"/> with it rather than the request's.
/// </summary>
public sealed partial record AlertText
{
    public static AlertText For(string language) => language switch
    {
        "en" => English,
        "es" => Spanish,
        _ => French,
    };

    public required string FollowHeading { get; init; }
    public required string FeedLink { get; init; }
    public required string EmailLabel { get; init; }
    public required string EmailHint { get; init; }
    public required string SubscribeButton { get; init; }
    public required string SearchLabel { get; init; }
    public required string AllStatements { get; init; }
    public required string BackToSearch { get; init; }
    public required string CheckMailTitle { get; init; }
    public required string CheckMailText { get; init; }
    public required string SignUpFailedTitle { get; init; }
    public required string BadAddress { get; init; }
    public required string BadSearch { get; init; }
    public required string ConfirmedTitle { get; init; }
    public required string ConfirmedText { get; init; }
    public required string ConfirmFailedTitle { get; init; }
    public required string ConfirmFailedText { get; init; }
    public required string UnsubscribeTitle { get; init; }
    public required string UnsubscribeQuestion { get; init; }
    public required string UnsubscribeButton { get; init; }
    public required string UnsubscribedTitle { get; init; }
    public required string UnsubscribedText { get; init; }
    public required string UnsubscribeUnknownTitle { get; init; }
    public required string UnsubscribeUnknownText { get; init; }
    /// <summary>The confirmation mail's subject; {0} is the search in words.</summary>
    public required string ConfirmSubjectFormat { get; init; }
    public required string ConfirmIntro { get; init; }
    public required string ConfirmAction { get; init; }
    public required string ConfirmIgnore { get; init; }
    /// <summary>A digest's subject: {0} the count, {1} the search in words.</summary>
    public required string DigestSubjectOneFormat { get; init; }
    public required string DigestSubjectFormat { get; init; }
    public required string DigestIntro { get; init; }
    /// <summary>After the listed statements of a long digest: {0} how many more the search has.</summary>
    public required string DigestMoreFormat { get; init; }
    public required string DigestSeeSearch { get; init; }
    public required string DigestUnsubscribe { get; init; }
    public required string AdminTitle { get; init; }
    public required string AdminIntro { get; init; }
    public required string AdminSmtpOff { get; init; }
    public required string AdminEmpty { get; init; }
    /// <summary>{0} every alert, {1} the confirmed ones.</summary>
    public required string AdminCountFormat { get; init; }
    public required string AddressColumn { get; init; }
    public required string LanguageColumn { get; init; }
    public required string StateColumn { get; init; }
    public required string CreatedColumn { get; init; }
    public required string LastSentColumn { get; init; }
    public required string ActionColumn { get; init; }
    public required string StatePending { get; init; }
    public required string StateConfirmed { get; init; }
    public required string Never { get; init; }
    public required string DeleteButton { get; init; }
    public required string DeleteLabelFormat { get; init; }
    public required string Deleted { get; init; }
    public required string NotFound { get; init; }
    /// <summary>The audit log's name for a subscription deleted by staff.</summary>
    public required string AuditDelete { get; init; }
}
