using System.Security.Cryptography;

namespace MMM.Statements.Web.Security;

/// <summary>
/// The per-request nonce that the Content-Security-Policy allows scripts with. A page's <c>&lt;script&gt;</c>
/// tags carry <c>nonce="@Nonce.Value"</c>; anything injected without it is blocked by the browser.
/// </summary>
public sealed class CspNonce
{
    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
