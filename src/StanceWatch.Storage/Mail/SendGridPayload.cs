using System.Text.Json.Serialization;

namespace StanceWatch.Storage.Mail;

/// <summary>The SendGrid v3 <c>mail/send</c> request body (the parts StanceWatch uses).</summary>
public sealed record SendGridMessage(
    [property: JsonPropertyName("personalizations")] IReadOnlyList<SendGridPersonalization> Personalizations,
    [property: JsonPropertyName("from")] SendGridAddress From,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("content")] IReadOnlyList<SendGridContent> Content,
    [property: JsonPropertyName("categories")] IReadOnlyList<string>? Categories = null);

public sealed record SendGridPersonalization(
    [property: JsonPropertyName("to")] IReadOnlyList<SendGridAddress> To,
    [property: JsonPropertyName("substitutions")] IReadOnlyDictionary<string, string>? Substitutions,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string>? Headers,
    [property: JsonPropertyName("custom_args")] IReadOnlyDictionary<string, string>? CustomArgs);

public sealed record SendGridAddress(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("name")] [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null);

public sealed record SendGridContent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);
