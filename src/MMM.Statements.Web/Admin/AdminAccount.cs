namespace MMM.Statements.Web.Admin;

/// <summary>
/// A staff account as stored in <c>accounts.json</c>. <see cref="SecurityStamp"/> changes on sign-out and on
/// password change, which ends every session issued before (a copied cookie stops working).
/// </summary>
public sealed record AdminAccount(
    string Username,
    string PasswordHash,
    bool MustChangePassword,
    string SecurityStamp);
