namespace StanceWatch.Pipeline.Subscriptions;

/// <summary>Configuration section <c>Subscriptions</c>.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>HMAC key for confirm and unsubscribe tokens.</summary>
    public string TokenSecret { get; set; } = string.Empty;

    /// <summary><c>X-Admin-Key</c> that lists subscribers; empty disables listing.</summary>
    public string AdminKey { get; set; } = string.Empty;

    public TimeSpan ConfirmTokenLifetime { get; set; } = TimeSpan.FromHours(48);

    public TimeSpan UnsubscribeTokenLifetime { get; set; } = TimeSpan.FromDays(3650);

    /// <summary>Subscription requests per client address per minute.</summary>
    public int RateLimitPerMinute { get; set; } = 5;
}

/// <summary>Configuration section <c>Api</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Base of the links in emails (confirm, unsubscribe).</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:7071";
}
