using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace MMM.Statements.Analysis;

/// <summary>Marks words with a digit (years, session codes such as <c>csw68</c>, <c>1er</c>) so the stemmer keeps them whole.</summary>
internal sealed class NumberKeywordFilter : KeywordMarkerFilter
{
    private readonly ICharTermAttribute _term;

    public NumberKeywordFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool IsKeyword()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (char.IsDigit(buffer[i]))
            {
                return true;
            }
        }
        return false;
    }
}
