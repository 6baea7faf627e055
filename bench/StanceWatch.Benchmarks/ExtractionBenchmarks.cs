using System.Text;
using BenchmarkDotNet.Attributes;
using StanceWatch.Core.Articles;
using StanceWatch.Core.Extraction;

namespace StanceWatch.Benchmarks;

/// <summary>Parse + extract over a generated 20 MB corpus; MB/s = 20 / mean seconds, articles/s from the count column.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ExtractionBenchmarks
{
    private List<(string Name, string Text)> _corpus = [];
    private readonly StatementExtractor _extractor = new();

    [Params(20)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusGenerator.Generate(Megabytes * 1024L * 1024L);
        var bytes = _corpus.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        Console.WriteLine($"// corpus: {_corpus.Count} articles, {bytes / 1024.0 / 1024.0:F1} MB");
    }

    [Benchmark]
    public int ParseAndExtractCorpus()
    {
        var statements = 0;
        foreach (var (name, text) in _corpus)
        {
            statements += _extractor.Extract(ArticleParser.Parse(new ArticleInput(name, text))).Count;
        }

        return statements;
    }
}
