namespace Tailor.Store.Import;

/// <summary>What an import did: rows created and updated, and every row that failed with the reason.</summary>
public sealed class ImportReport
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public List<ImportError> Failed { get; } = [];
}

/// <summary>One rejected row: its number in the file (1 = first data row), the field at fault and why.</summary>
public sealed record ImportError(int Row, string Field, string Message);
