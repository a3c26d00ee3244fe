using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Simkl.Site.Model;

namespace Simkl.Site.Changes;

/// <summary>
/// An <see cref="AiringTime"/> as change detection keeps it: to the whole second, the precision the
/// state file stores, so a time read back from the file equals the same time from the catalogue.
/// </summary>
public static class ScheduleTime
{
    public static AiringTime Of(AiringTime when) =>
        when.Instant is { } i ? AiringTime.At(UtcText.Parse(UtcText.Format(i))) : when;

    /// <summary>Reads <see cref="AiringTime.MachineValue"/> back: <c>2026-12-01T01:00:00Z</c> or <c>2026-12-01</c>.</summary>
    public static AiringTime Parse(string machineValue) =>
        machineValue.Length == 10
            ? AiringTime.On(DateOnly.ParseExact(machineValue, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            : AiringTime.At(UtcText.Parse(machineValue));
}

/// <summary>Writes an <see cref="AiringTime"/> as its machine value, so the state file keeps its format.</summary>
public sealed class AiringTimeJsonConverter : JsonConverter<AiringTime>
{
    public override AiringTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("a time is null");
        try
        {
            return ScheduleTime.Parse(text);
        }
        catch (FormatException)
        {
            throw new ScheduleTimeException(text.Length > 40 ? text[..40] + "…" : text);
        }
    }

    public override void Write(Utf8JsonWriter writer, AiringTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.MachineValue);
}

/// <summary>A time in the state file that does not parse; the store reports it like a date out of range.</summary>
public sealed class ScheduleTimeException(string text) : JsonException($"'{text}' is not a time")
{
    public string Text { get; } = text;
}
