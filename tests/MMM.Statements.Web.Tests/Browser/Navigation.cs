using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>
/// Waiting for a navigation to arrive, without Playwright's <c>WaitForURLAsync</c>: once the address matches, that
/// checks whether the page's "load" already fired and, if not, starts listening for it — two steps, while the event
/// arrives on another thread. On a busy machine "load" can come between them, and the wait then lasts until its
/// timeout (seen in CI: 60 s, with only the later "networkidle" logged). Here the address is polled, then the new
/// document is asked in the page itself whether it has finished loading, which cannot miss an event.
/// </summary>
internal static class Navigation
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly PageWaitForFunctionOptions WithinPatience = new() { Timeout = (float)Patience.TotalMilliseconds };

    /// <summary>Waits until the page's address matches <paramref name="glob"/> (as Playwright reads one: <c>**</c> any text, <c>*</c> any text without '/', the whole address) and that document has loaded.</summary>
    public static Task ArriveAtAsync(this IPage page, string glob) => page.ArriveAtAsync(GlobToRegex(glob));

    /// <summary>Waits until the page's address contains a match of <paramref name="url"/> and that document has loaded.</summary>
    public static async Task ArriveAtAsync(this IPage page, Regex url)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!url.IsMatch(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the page did not arrive at {url} within {Patience.TotalSeconds:0} s; it is at {page.Url}");
            }
            await Task.Delay(20);
        }
        await page.LoadedAsync();
    }

    /// <summary>Waits until the page's current document has loaded (asked in the page, so no "load" event can be missed).</summary>
    public static async Task LoadedAsync(this IPage page) =>
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, WithinPatience);

    /// <summary>
    /// Runs <paramref name="action"/>, which must make the page go to another document (the same address included), and
    /// waits until that document has loaded: the current one is marked first, and the wait, which Playwright runs again
    /// in each new document, ends in one without the mark.
    /// </summary>
    public static async Task NextDocumentAsync(this IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => { window.__mmmPreviousDocument = true; }");
        await action();
        await page.WaitForFunctionAsync("() => !window.__mmmPreviousDocument && document.readyState === 'complete'", null, WithinPatience);
    }

    private static Regex GlobToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*')
            {
                var any = i + 1 < glob.Length && glob[i + 1] == '*';
                pattern.Append(any ? ".*" : "[^/]*");
                i += any ? 1 : 0;
            }
            else
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
        }
        return new Regex(pattern.Append('$').ToString());
    }
}
