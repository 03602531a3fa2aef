using System.Globalization;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Timeline;

/// <summary>One body's part of a year's bar, in the chart's coordinates.</summary>
public sealed record ChartSegment(string Body, int Year, int Count, string Colour, double X, double Y, double Width, double Height);

/// <summary>A year on the axis: its bar's total and where its label and total go.</summary>
public sealed record ChartYear(int Year, int Total, double Center, double TotalY);

/// <summary>A horizontal grid line with its value.</summary>
public sealed record ChartTick(int Value, double Y);

/// <summary>
/// The geometry of a timeline's stacked bars (one bar per year, one segment per body), worked out here so the page
/// only writes SVG elements from numbers and the drawing is the same on every browser, without script.
/// </summary>
public sealed record TimelineChart
{
    public const double Width = 720;
    public const double Height = 300;
    public const double Left = 44;
    public const double Right = 12;
    public const double Top = 28;
    public const double Bottom = 36;

    /// <summary>One colour per body of the taxonomy (classes <c>chart__seg--0</c> to <c>--12</c> in site.css), <c>other</c> grey.</summary>
    public const int Colours = 13;

    public IReadOnlyList<ChartSegment> Segments { get; init; } = [];
    public IReadOnlyList<ChartYear> Years { get; init; } = [];
    public IReadOnlyList<ChartTick> Ticks { get; init; } = [];
    public double AxisY => Height - Bottom;

    public static string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");

    /// <summary>A coordinate as SVG reads it (invariant, two decimals at most).</summary>
    public static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A body's colour class, from its place in the taxonomy, so that a body has the same colour on every timeline
    /// whichever other bodies it shares the chart with.
    /// </summary>
    public static string Colour(Taxonomy taxonomy, string body)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        for (var i = 0; i < taxonomy.Bodies.Count; i++)
        {
            if (taxonomy.Bodies[i].Id == body && body != SiteLabels.OtherBody)
            {
                return "chart__seg--" + (i % Colours).ToString(CultureInfo.InvariantCulture);
            }
        }
        return "chart__seg--other";
    }

    public static TimelineChart Of(SearchTimeline timeline, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (timeline.Years.Count == 0)
        {
            return new TimelineChart();
        }
        var max = timeline.Years.Max(timeline.YearTotal);
        var step = Step(max);
        var top = Math.Max(step, (int)Math.Ceiling(max / (double)step) * step);
        var plotHeight = Height - Top - Bottom;
        var slot = (Width - Left - Right) / timeline.Years.Count;
        var barWidth = Math.Min(56, slot * 0.62);
        double YOf(int value) => Height - Bottom - value * plotHeight / top;
        var segments = new List<ChartSegment>();
        var years = new List<ChartYear>();
        for (var i = 0; i < timeline.Years.Count; i++)
        {
            var year = timeline.Years[i];
            var center = Left + slot * (i + 0.5);
            var stacked = 0;
            for (var b = 0; b < timeline.Bodies.Count; b++)
            {
                var count = timeline.Count(timeline.Bodies[b], year);
                if (count == 0)
                {
                    continue;
                }
                var y = YOf(stacked + count);
                segments.Add(new ChartSegment(timeline.Bodies[b], year, count, Colour(taxonomy, timeline.Bodies[b]), center - barWidth / 2, y, barWidth, YOf(stacked) - y));
                stacked += count;
            }
            years.Add(new ChartYear(year, stacked, center, YOf(stacked) - 6));
        }
        var ticks = Enumerable.Range(0, top / step + 1).Select(k => new ChartTick(k * step, YOf(k * step))).ToList();
        return new TimelineChart { Segments = segments, Years = years, Ticks = ticks };
    }

    /// <summary>Grid steps of 1, 2, 5, 10, 20, 50… so that there are at most five lines above the axis.</summary>
    private static int Step(int max)
    {
        foreach (var magnitude in new[] { 1, 10, 100, 1000, 10_000, 100_000 })
        {
            foreach (var factor in new[] { 1, 2, 5 })
            {
                if (max <= factor * magnitude * 5)
                {
                    return factor * magnitude;
                }
            }
        }
        return 1_000_000;
    }
}
