/// Seconds as short text: 3, 2.5, 0.125.
enum SecondsText {
    static func format(_ s: Double) -> String {
        guard s.isFinite else { return "\(s)" }
        let rounded = (s * 1000).rounded() / 1000
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

/// Points as short text: 1, 0.5, 0.33.
enum PointsText {
    static func format(_ p: Double) -> String {
        let r = (p * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        return SecondsText.format(r)
    }
}
