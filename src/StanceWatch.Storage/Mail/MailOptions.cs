namespace StanceWatch.Storage.Mail;

/// <summary>Configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string SendGridApiKey { get; set; } = string.Empty;

    /// <summary>SendGrid, or the local sink that `up` serves on its own address.</summary>
    public string SendGridBaseUrl { get; set; } = "https://api.sendgrid.com";

    public string FromAddress { get; set; } = "alerts@stancewatch.example";

    public string FromName { get; set; } = "StanceWatch";

    /// <summary>
    /// The endpoint answers <c>GET /v3/stancewatch/deliveries/{id}</c> (the local sink does; SendGrid does not),
    /// so an interrupted delivery can be checked before resending.
    /// </summary>
    public bool DeliveryLookup { get; set; }
}
