namespace StanceWatch.Core.Extraction;

/// <summary>The supplier countries StanceWatch knows (from Data/suppliers.json), by ISO 3166-1 alpha-2 code.</summary>
public static class SupplierDirectory
{
    public static IReadOnlyDictionary<string, SupplierInfo> All => Lexicon.Default.Suppliers;

    public static bool IsKnown(string code) => All.ContainsKey(code);
}
