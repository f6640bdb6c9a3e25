using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Tests.Intents;

/// <summary>The intent model trained once on the repository's training data, shared by a test class.</summary>
public sealed class TrainedIntentModel : IDisposable
{
    public TrainedIntentModel()
    {
        Set = TrainingSet.Load(TrainingData.FindFolder());
        Trainer = new IntentModelTrainer(TimeProvider.System);
        Model = Trainer.Train(Set);
    }

    public TrainingSet Set { get; }

    public IntentModelTrainer Trainer { get; }

    public IntentModel Model { get; }

    public void Dispose() => Model.Dispose();
}
