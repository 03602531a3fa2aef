using System.Globalization;

namespace MMM.Statements.Web.Localization;

/// <summary>
/// Every string a user reads, once per language. Members are <c>required</c>, so a string added here and
/// forgotten in one language does not compile. Pages get the current language's instance with
/// <c>@inject UiText T</c>; code gets it from DI or from <see cref="For"/>.
/// Strings ending in <c>Format</c> take arguments through <see cref="string.Format(IFormatProvider, string, object[])"/>.
/// </summary>
public sealed partial record UiText
{
    /// <summary>Strings of the search pages, statement pages, API messages and feeds.</summary>
    public required SearchText Search { get; init; }

    /// <summary>Strings of the staff pages that manage the index and the files (reindex, upload, trash).</summary>
    public required ManageText Manage { get; init; }

    /// <summary>Strings of the session pages.</summary>
    public required SessionText Sessions { get; init; }

    /// <summary>Strings of the topic timelines and the comparison of two statements.</summary>
    public required EvolutionText Evolution { get; init; }

    /// <summary>Strings of what MMM asks for: the statement page's asks, the search of asks.</summary>
    public required AskText Asks { get; init; }

    public required string SiteName { get; init; }
    public required string OrganisationName { get; init; }
    public required string SkipToContent { get; init; }
    public required string MainNavigation { get; init; }
    public required string LanguageLabel { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchPlaceholder { get; init; }
    public required string SearchButton { get; init; }
    public required string FooterAbout { get; init; }
    public required string FooterAdmin { get; init; }

    public required string HomeTitle { get; init; }
    public required string HomeIntro { get; init; }
    public required string HomeComingSoon { get; init; }
    public required string HomeYouSearchedFormat { get; init; }

    public required string ErrorTitle { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string BadRequestTitle { get; init; }
    public required string BadRequestText { get; init; }
    public required string TooManyRequestsTitle { get; init; }
    public required string TooManyRequestsText { get; init; }
    public required string ServerErrorTitle { get; init; }
    public required string ServerErrorText { get; init; }
    public required string GenericErrorText { get; init; }
    public required string BackHome { get; init; }
    public required string ErrorReference { get; init; }

    public required string AdminTitle { get; init; }
    public required string SignInTitle { get; init; }
    public required string UsernameLabel { get; init; }
    public required string PasswordLabel { get; init; }
    public required string SignInButton { get; init; }
    public required string SignInFailed { get; init; }
    public required string SignInLockedOut { get; init; }
    public required string FieldRequired { get; init; }
    public required string SignedInAsFormat { get; init; }
    public required string SignOutTitle { get; init; }
    public required string SignOutQuestion { get; init; }
    public required string SignOutButton { get; init; }

    public required string DashboardTitle { get; init; }
    public required string DashboardIntro { get; init; }
    public required string AuditLogTitle { get; init; }
    public required string AuditWhen { get; init; }
    public required string AuditWho { get; init; }
    public required string AuditAction { get; init; }
    public required string AuditOutcome { get; init; }
    public required string AuditAddress { get; init; }
    public required string AuditEmpty { get; init; }

    public required string PasswordTitle { get; init; }
    public required string PasswordMustChange { get; init; }
    public required string CurrentPasswordLabel { get; init; }
    public required string NewPasswordLabel { get; init; }
    public required string ConfirmPasswordLabel { get; init; }
    public required string PasswordHintFormat { get; init; }
    public required string ChangePasswordButton { get; init; }
    public required string PasswordChanged { get; init; }
    public required string PasswordTooShortFormat { get; init; }
    public required string PasswordMismatch { get; init; }
    public required string PasswordWrongCurrent { get; init; }
    public required string PasswordUnchanged { get; init; }

    public required string SignInThrottledFormat { get; init; }
    public required string HttpsRequiredTitle { get; init; }
    public required string HttpsRequiredText { get; init; }
    public required string HttpsRequiredLink { get; init; }

    /// <summary>The strings of a culture; French for anything that is not English or Spanish.</summary>
    public static UiText For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName switch
        {
            "en" => English,
            "es" => Spanish,
            _ => French,
        };
    }

    /// <summary>Formats one of the <c>…Format</c> strings in the current culture.</summary>
    public static string Format(string format, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, format, args);
}
