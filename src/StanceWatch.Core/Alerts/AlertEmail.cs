namespace StanceWatch.Core.Alerts;

/// <summary>One alert email, ready to send: both bodies, and the headers that make unsubscribing one click.</summary>
public sealed record AlertEmail(string Subject, string Text, string Html, IReadOnlyDictionary<string, string> Headers);
