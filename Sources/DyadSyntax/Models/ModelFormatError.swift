/// A model file that cannot be read: which file, what is wrong, and how to fix it.
public struct ModelFormatError: Error, Sendable, CustomStringConvertible {
    /// The file (or "<memory>").
    public var file: String
    /// What is wrong.
    public var message: String

    /// Creates the error.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// The error as a compiler-style message with a hint.
    public var description: String {
        "\(file): error: \(message)\n    hint: retrain the model with `dyad-bench tagger ... --save DIR`, or pass the right --model folder"
    }
}
