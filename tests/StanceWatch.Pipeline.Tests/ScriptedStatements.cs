using StanceWatch.Core.Articles;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ingest;

namespace StanceWatch.Pipeline.Tests;

/// <summary>Gives the ingestor fixed statements, for ledger rules that do not depend on extraction.</summary>
public sealed class ScriptedStatements(params Statement[] statements) : IStatementSource
{
    public IReadOnlyList<Statement> Extract(Article article) => statements;
}
