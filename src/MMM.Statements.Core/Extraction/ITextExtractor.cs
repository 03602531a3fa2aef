using MMM.Statements.Model;

namespace MMM.Statements.Extraction;

/// <summary>Reads the text and metadata of one file of a known format. Bad files end as a status, never an exception.</summary>
public interface ITextExtractor
{
    Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellationToken);
}
