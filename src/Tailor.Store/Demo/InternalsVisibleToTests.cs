using System.Runtime.CompilerServices;

// The demo store's tests compare the prepared-statement writer with SaveChanges and read the generator's profiles.
[assembly: InternalsVisibleTo("Tailor.Tests")]
