/// A model file that cannot be read: which file, what is wrong, and how to fix it.
public struct ModelFormatError: Error, Sendable, CustomStringConvertible {
    /// The file (or "<memory>").
    public var file: String
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var hint: String

    /// Creates the error.
    public init(file: String, message: String,
                hint: String = "use the models shipped with Dyad, retrain with the commands in the model card, or pass the right --model folder") {
        self.file = file
        self.message = message
        self.hint = hint
    }

    /// The error as a compiler-style message with a hint.
    public var description: String { "\(file): error: \(message)\n    hint: \(hint)" }
}
