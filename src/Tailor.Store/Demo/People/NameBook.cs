namespace Tailor.Store.Demo.People;

/// <summary>First and last names by country, so a customer in Lyon is not called Gareth.</summary>
internal static class NameBook
{
    public sealed record Names(IReadOnlyList<string> Women, IReadOnlyList<string> Men, IReadOnlyList<string> Last);

    private static readonly Names English = new(
        ["Emma", "Olivia", "Amelia", "Isla", "Ava", "Sophie", "Grace", "Lily", "Freya", "Chloe", "Ella", "Charlotte", "Hannah", "Lucy",
         "Poppy", "Evie", "Jessica", "Holly", "Alice", "Megan", "Rosie", "Phoebe", "Imogen", "Zara", "Priya", "Aisha", "Niamh", "Saoirse",
         "Harriet", "Eleanor", "Maya", "Ruby", "Millie", "Georgia", "Jasmine", "Anna", "Laura", "Rebecca", "Katie", "Fatima"],
        ["Oliver", "George", "Harry", "Jack", "Noah", "Charlie", "Jacob", "Thomas", "Oscar", "William", "James", "Leo", "Alfie", "Henry",
         "Joshua", "Freddie", "Archie", "Ethan", "Samuel", "Daniel", "Max", "Lewis", "Rhys", "Callum", "Aiden", "Ravi", "Omar", "Conor",
         "Sean", "Ben", "Tom", "Adam", "Ryan", "Luke", "Matthew", "Liam"],
        ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans",
         "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "Hughes", "Edwards",
         "Turner", "Collins", "Murphy", "Kelly", "O'Brien", "Walsh", "Byrne", "Morgan", "Bennett", "Shaw", "Price", "Fletcher", "Ahmed",
         "Singh", "Campbell", "Stewart", "MacDonald", "Harris", "Martin", "Cooper", "Ward", "Baker", "Hill"]);

    private static readonly Names French = new(
        ["Camille", "Léa", "Manon", "Chloé", "Inès", "Juliette", "Louise", "Emma", "Clara", "Zoé"],
        ["Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Nathan", "Théo", "Raphaël", "Paul"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Laurent", "Lefebvre"]);

    private static readonly Names German = new(
        ["Mia", "Emilia", "Hannah", "Lena", "Lea", "Marie", "Sophia", "Anna", "Lina", "Johanna"],
        ["Ben", "Paul", "Leon", "Finn", "Elias", "Jonas", "Felix", "Lukas", "Maximilian", "Niklas"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter"]);

    private static readonly Names Dutch = new(
        ["Julia", "Sophie", "Tess", "Fleur", "Sanne", "Lotte", "Eva", "Noor", "Anouk", "Lieke"],
        ["Daan", "Sem", "Lars", "Bram", "Thijs", "Jesse", "Ruben", "Stijn", "Niels", "Joost"],
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"]);

    private static readonly Names Spanish = new(
        ["Lucía", "María", "Paula", "Carmen", "Sofía", "Elena", "Marta", "Laura", "Alba", "Claudia"],
        ["Hugo", "Pablo", "Álvaro", "Diego", "Javier", "Carlos", "Mario", "Adrián", "Daniel", "Sergio"],
        ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Ruiz", "Díaz"]);

    public static Names For(string country) => country.ToUpperInvariant() switch
    {
        "FR" => French,
        "DE" => German,
        "NL" => Dutch,
        "ES" => Spanish,
        _ => English,
    };

    /// <summary>"Sophie R." — how reviewers sign.</summary>
    public static string ReviewerName(Random random, bool woman)
    {
        var first = random.Pick(woman ? English.Women : English.Men);
        return $"{first} {random.Pick(English.Last)[0]}.";
    }
}
