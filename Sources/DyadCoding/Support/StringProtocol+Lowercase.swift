extension StringProtocol {
    /// `lowercased()`, without building a new string when there is nothing to lower: text of ASCII bytes none of
    /// which is a capital (most words of news text and nearly all lemmas) is its own lower case. The coder lowers
    /// every word of a sentence several times, and the full conversion was a twentieth of its time.
    func lowercasedIfNeeded() -> String {
        utf8.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } ? lowercased() : String(self)
    }
}
