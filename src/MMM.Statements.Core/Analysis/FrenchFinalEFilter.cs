using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MMM.Statements.Analysis;

/// <summary>
/// Without its accents a French participle keeps a final e the stemmer would have removed (<c>remunerees</c> →
/// <c>remunere</c>, but <c>rémunérés</c> → <c>remuner</c>); dropping a final e after folding, at index and query time
/// alike, lets an advocate typing without accents find every inflection.
/// </summary>
internal sealed class FrenchFinalEFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public FrenchFinalEFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (!_keyword.IsKeyword && _term.Length > 4 && _term.Buffer[_term.Length - 1] == 'e')
        {
            _term.Length--;
        }
        return true;
    }
}
