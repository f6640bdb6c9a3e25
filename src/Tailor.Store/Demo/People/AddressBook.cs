using Tailor.Domain.Customers;

namespace Tailor.Store.Demo.People;

/// <summary>Plausible (fictional) addresses and phone numbers for each country the store ships to.</summary>
internal static class AddressBook
{
    private sealed record Town(string City, string? Region, string PostcodePrefix);

    private const string Letters = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly Town[] BritishTowns =
    [
        new("London", null, "N1"), new("London", null, "E8"), new("London", null, "SW11"), new("London", null, "SE15"), new("London", null, "NW3"),
        new("London", null, "W12"), new("Manchester", null, "M20"), new("Bristol", null, "BS6"), new("Leeds", null, "LS6"), new("Edinburgh", null, "EH9"),
        new("Glasgow", null, "G12"), new("Cardiff", null, "CF24"), new("Birmingham", null, "B13"), new("Brighton", null, "BN1"), new("Oxford", null, "OX4"),
        new("Cambridge", null, "CB1"), new("York", null, "YO10"), new("Bath", null, "BA2"), new("Norwich", null, "NR2"), new("Nottingham", null, "NG7"),
        new("Liverpool", null, "L17"), new("Newcastle upon Tyne", null, "NE2"), new("Belfast", null, "BT9"), new("Sheffield", null, "S11"), new("Exeter", null, "EX4"),
    ];

    private static readonly string[] BritishStreets =
    [
        "Albion Road", "Victoria Street", "Church Lane", "Park Avenue", "Mill Road", "Station Road", "Queens Road", "Highfield Road", "Kings Road",
        "Grove Street", "Elm Grove", "Chestnut Avenue", "Windsor Terrace", "Orchard Close", "Meadow Way", "Market Street", "Castle Street",
        "Belmont Road", "Cromwell Road", "Richmond Avenue", "Willow Crescent", "Hawthorn Drive", "St Mary's Road", "The Green",
    ];

    private static readonly Town[] IrishTowns = [new("Dublin", "Co. Dublin", "D02"), new("Dublin", "Co. Dublin", "D06"), new("Cork", "Co. Cork", "T12"), new("Galway", "Co. Galway", "H91"), new("Limerick", "Co. Limerick", "V94")];
    private static readonly string[] IrishStreets = ["Main Street", "Harcourt Street", "Patrick Street", "Shop Street", "Ranelagh Road", "Sandymount Avenue"];

    private static readonly Town[] FrenchTowns = [new("Paris", null, "750"), new("Lyon", null, "6900"), new("Marseille", null, "1300"), new("Bordeaux", null, "3300"), new("Nantes", null, "4400")];
    private static readonly string[] FrenchStreets = ["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue des Lilas", "boulevard Voltaire", "rue du Commerce"];

    private static readonly Town[] GermanTowns = [new("Berlin", null, "101"), new("München", null, "803"), new("Hamburg", null, "200"), new("Köln", null, "506"), new("Frankfurt am Main", null, "603")];
    private static readonly string[] GermanStreets = ["Hauptstraße", "Schillerstraße", "Bahnhofstraße", "Gartenstraße", "Lindenallee", "Goethestraße"];

    private static readonly Town[] DutchTowns = [new("Amsterdam", null, "101"), new("Rotterdam", null, "301"), new("Utrecht", null, "351"), new("Den Haag", null, "251"), new("Eindhoven", null, "561")];
    private static readonly string[] DutchStreets = ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Oranjestraat"];

    private static readonly Town[] SpanishTowns = [new("Madrid", "Madrid", "280"), new("Barcelona", "Barcelona", "080"), new("Valencia", "Valencia", "460"), new("Sevilla", "Sevilla", "410"), new("Bilbao", "Bizkaia", "480")];
    private static readonly string[] SpanishStreets = ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia", "Calle Real"];

    private static readonly Town[] AmericanTowns = [new("New York", "NY", "100"), new("Los Angeles", "CA", "900"), new("Chicago", "IL", "606"), new("Austin", "TX", "787"), new("Seattle", "WA", "981"), new("Boston", "MA", "021")];
    private static readonly string[] AmericanStreets = ["Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Washington Avenue", "Park Place", "Cedar Lane"];

    private static readonly Town[] AustralianTowns = [new("Sydney", "NSW", "20"), new("Melbourne", "VIC", "30"), new("Brisbane", "QLD", "40"), new("Perth", "WA", "60"), new("Adelaide", "SA", "50")];
    private static readonly string[] AustralianStreets = ["George Street", "Collins Street", "Queen Street", "Hay Street", "King William Street", "Oxford Street"];

    public static Address Address(Random random, string country, string name)
    {
        var number = random.Between(1, 180).ToString();
        var (town, line1, postcode) = country.ToUpperInvariant() switch
        {
            "IE" => Draw(IrishTowns, IrishStreets, (t, s) => $"{number} {s}", t => $"{t.PostcodePrefix} {random.Characters(Letters, 1)}{random.Digits(1)}{random.Characters(Letters, 2)}"),
            "FR" => Draw(FrenchTowns, FrenchStreets, (t, s) => $"{number} {s}", t => t.PostcodePrefix + random.Digits(5 - t.PostcodePrefix.Length)),
            "DE" => Draw(GermanTowns, GermanStreets, (t, s) => $"{s} {number}", t => t.PostcodePrefix + random.Digits(2)),
            "NL" => Draw(DutchTowns, DutchStreets, (t, s) => $"{s} {number}", t => $"{t.PostcodePrefix}{random.Digits(1)} {random.Characters(Letters, 2)}"),
            "ES" => Draw(SpanishTowns, SpanishStreets, (t, s) => $"{s}, {number}", t => t.PostcodePrefix + random.Digits(2)),
            "US" => Draw(AmericanTowns, AmericanStreets, (t, s) => $"{number} {s}", t => t.PostcodePrefix + random.Digits(2)),
            "AU" => Draw(AustralianTowns, AustralianStreets, (t, s) => $"{number} {s}", t => t.PostcodePrefix + random.Digits(2)),
            _ => Draw(BritishTowns, BritishStreets, (t, s) => $"{number} {s}", t => $"{t.PostcodePrefix} {random.Digits(1)}{random.Characters(Letters, 2)}"),
        };
        return new Address
        {
            Name = name,
            Line1 = line1,
            Line2 = random.Chance(0.15) ? $"Flat {random.Between(1, 24)}" : null,
            City = town.City,
            Region = town.Region,
            PostalCode = postcode,
            Country = country.ToUpperInvariant(),
        };

        (Town, string, string) Draw(Town[] towns, string[] streets, Func<Town, string, string> line, Func<Town, string> code)
        {
            var town = random.Pick(towns);
            return (town, line(town, random.Pick(streets)), code(town));
        }
    }

    /// <summary>A mobile number in the country's format, from ranges set aside for drama or tests where there are any.</summary>
    public static string Phone(Random random, string country) => country.ToUpperInvariant() switch
    {
        "IE" => $"+353 85 {random.Digits(3)} {random.Digits(4)}",
        "FR" => $"+33 6 {random.Digits(2)} {random.Digits(2)} {random.Digits(2)} {random.Digits(2)}",
        "DE" => $"+49 151 {random.Digits(8)}",
        "NL" => $"+31 6 {random.Digits(8)}",
        "ES" => $"+34 6{random.Digits(2)} {random.Digits(3)} {random.Digits(3)}",
        "US" => $"+1 {random.Pick<string>(["212", "310", "312", "512", "206", "617"])} 555 01{random.Digits(2)}",
        "AU" => $"+61 491 570 {random.Digits(3)}",
        _ => $"+44 7700 900{random.Digits(3)}",
    };
}
