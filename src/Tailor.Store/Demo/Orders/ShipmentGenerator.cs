using System.Globalization;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Store.Demo.Orders;

/// <summary>
/// Creates the parcel for a dispatched order and the carrier scans it would have by now:
/// no scan lies in the future, so a parcel still on its way has no "Delivered" event.
/// </summary>
internal sealed class ShipmentGenerator(Random random, DateTimeOffset now)
{
    public const string Warehouse = "Tailor Fulfilment Centre, Milton Keynes";

    private static readonly string[] BritishHubs = ["Northampton Mail Centre", "Birmingham Parcel Hub", "Manchester Parcel Hub", "Bristol Distribution Centre", "Glasgow Parcel Hub"];
    private static readonly string[] Delays = ["Delayed due to high parcel volumes", "Weather disruption in the carrier network", "Held at the local depot; delivery rescheduled"];
    private static readonly string[] Handovers = ["handed to resident", "left in safe place (porch)", "left with neighbour", "delivered to parcel locker", "signed for at the door"];

    // Scan texts repeat across hundreds of thousands of parcels; sharing one instance of each keeps a large store small.
    private readonly Dictionary<(string Template, string Value), string> texts = [];

    public Shipment Ship(OrderTimeline timeline, ShippingZone zone, Address destination)
    {
        var trackingNumber = TrackingNumber(zone.Carrier);
        var delivered = timeline.DeliveryAt <= now ? timeline.DeliveryAt : (DateTimeOffset?)null;
        var shipment = new Shipment
        {
            Carrier = zone.Carrier,
            TrackingNumber = trackingNumber,
            TrackingUrl = TrackingUrl(zone.Carrier, trackingNumber),
            ShippedAt = timeline.DispatchAt,
            EstimatedDelivery = DateOnly.FromDateTime(timeline.DispatchAt.UtcDateTime).AddDays(Math.Max(zone.StandardDaysMax, zone.StandardDaysMin)),
            DeliveredAt = delivered,
        };
        shipment.Events = Scans(timeline, zone, destination).Where(e => e.At <= now).OrderBy(e => e.At).ToList();
        return shipment;
    }

    private IEnumerable<TrackingEvent> Scans(OrderTimeline timeline, ShippingZone zone, Address destination)
    {
        var dispatch = timeline.DispatchAt;
        var delivery = timeline.DeliveryAt;
        var carrier = zone.Carrier;
        yield return Scan(dispatch.AddHours(-random.Between(2.0, 5.0)), Warehouse, TrackingStatus.LabelCreated, Text("Shipping label created; {0} is expecting your parcel", carrier));
        yield return Scan(dispatch, Warehouse, TrackingStatus.PickedUp, Text("Parcel collected by {0}", carrier));

        var outForDelivery = new DateTimeOffset(delivery.Date, TimeSpan.Zero).AddHours(random.Between(6.5, 8.0));
        var hubs = new List<string> { random.Pick(BritishHubs) };
        if (!string.Equals(zone.Country, "GB", StringComparison.OrdinalIgnoreCase))
            hubs.AddRange(["International Hub, East Midlands Airport", Text("{0} Sorting Centre", zone.Name)]);
        var deliveryOffice = Text("{0} Delivery Office", destination.City);
        hubs.Add(deliveryOffice);
        var span = outForDelivery - dispatch;
        for (var i = 0; i < hubs.Count; i++)
            yield return Scan(dispatch + span * ((i + 1.0) / (hubs.Count + 1)), hubs[i], TrackingStatus.InTransit, Text("In transit: arrived at {0}", hubs[i]));

        if (timeline.Delayed)
        {
            var expected = new DateTimeOffset(DateOnly.FromDateTime(dispatch.UtcDateTime).AddDays(zone.StandardDaysMax).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(12);
            if (expected < outForDelivery) yield return Scan(expected, hubs[^1], TrackingStatus.Exception, random.Pick(Delays));
        }
        yield return Scan(outForDelivery, deliveryOffice, TrackingStatus.OutForDelivery, "Out for delivery");
        yield return Scan(delivery, destination.City, TrackingStatus.Delivered, Text("Delivered: {0}", random.Pick(Handovers)));
    }

    private string Text(string template, string value)
    {
        if (!texts.TryGetValue((template, value), out var text)) texts[(template, value)] = text = string.Format(CultureInfo.InvariantCulture, template, value);
        return text;
    }

    private static TrackingEvent Scan(DateTimeOffset at, string place, TrackingStatus status, string description) =>
        new() { At = at, Place = place, Status = status, Description = description };

    private string TrackingNumber(string carrier) => carrier.ToUpperInvariant() switch
    {
        "ROYAL MAIL" => $"{random.Characters("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}{random.Digits(9)}GB",
        "DPD" => random.Digits(14),
        "DHL" => random.Digits(10),
        "UPS" => $"1Z{random.Characters("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6)}{random.Digits(10)}",
        _ => $"TL{random.Digits(12)}",
    };

    private static string? TrackingUrl(string carrier, string number) => carrier.ToUpperInvariant() switch
    {
        "ROYAL MAIL" => $"https://www.royalmail.com/track-your-item#/tracking-results/{number}",
        "DPD" => $"https://track.dpd.co.uk/parcels/{number}",
        "DHL" => $"https://www.dhl.com/gb-en/home/tracking/tracking-parcel.html?tracking-id={number}",
        "UPS" => $"https://www.ups.com/track?tracknum={number}",
        _ => null,
    };
}
