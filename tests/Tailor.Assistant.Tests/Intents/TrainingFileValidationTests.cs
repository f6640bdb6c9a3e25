using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Tests.Intents;

public sealed class TrainingFileValidationTests : IDisposable
{
    private const string ValidFile = """
        intents:
          - name: greeting
            description: says hello
            examples:
              - hi
              - hello
          - name: goodbye
            description: says bye
            examples:
              - bye
              - see you
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_valid_folder_loads_every_intent_and_example()
    {
        _folder.Write("conversation.yaml", ValidFile);

        var set = TrainingSet.Load(_folder.Path);

        Assert.Equal(["goodbye", "greeting"], set.Intents.Select(i => i.Name));
        Assert.Equal(4, set.Examples.Count);
        Assert.All(set.Intents, i => Assert.Equal("conversation.yaml", i.SourceFile));
    }

    [Fact]
    public void The_same_example_under_two_intents_is_refused_naming_the_file()
    {
        _folder.Write("a.yaml", ValidFile);
        _folder.Write("b.yaml", """
            intents:
              - name: thanks
                description: thanks
                examples:
                  - thank you
                  - Hello!
            """);

        var error = Assert.Throws<TrainingDataException>(() => TrainingSet.Load(_folder.Path));

        Assert.Contains("b.yaml", error.Message);
        Assert.Contains("greeting", error.Message);
    }

    [Fact]
    public void An_unknown_key_is_refused_naming_the_file_and_line()
    {
        _folder.Write("typo.yaml", """
            intents:
              - name: greeting
                exampels:
                  - hi
            """);

        var error = Assert.Throws<TrainingDataException>(() => TrainingSet.Load(_folder.Path));

        Assert.Contains("typo.yaml", error.Message);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void A_file_without_an_intents_list_is_refused()
    {
        _folder.Write("empty.yaml", "something: else\n");

        var error = Assert.Throws<TrainingDataException>(() => TrainingSet.Load(_folder.Path));

        Assert.Contains("empty.yaml", error.Message);
    }

    [Fact]
    public void An_intent_declared_in_two_files_is_refused()
    {
        _folder.Write("a.yaml", ValidFile);
        _folder.Write("b.yaml", """
            intents:
              - name: greeting
                description: again
                examples:
                  - good morning
            """);

        var error = Assert.Throws<TrainingDataException>(() => TrainingSet.Load(_folder.Path));

        Assert.Contains("'greeting'", error.Message);
        Assert.Contains("a.yaml", error.Message);
    }

    [Fact]
    public void An_intent_without_examples_is_refused()
    {
        _folder.Write("bare.yaml", """
            intents:
              - name: greeting
                description: says hello
            """);

        var error = Assert.Throws<TrainingDataException>(() => TrainingSet.Load(_folder.Path));

        Assert.Contains("bare.yaml", error.Message);
        Assert.Contains("no examples", error.Message);
    }

    [Fact]
    public void A_missing_folder_is_reported_clearly()
    {
        var missing = Path.Combine(_folder.Path, "nope");

        var error = Assert.Throws<TrainingDataException>(() => TrainingSet.Load(missing));

        Assert.Contains(missing, error.Message);
    }
}
