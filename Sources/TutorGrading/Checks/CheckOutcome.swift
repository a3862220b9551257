/// What evaluating one check found, before points are attached.
struct CheckOutcome {
    var passed: Bool
    var message: String
    var diff: String?
    var interleaving: String?
    var timeline: String?
    var replay: String?
    var details: String?

    static let passed = CheckOutcome(passed: true, message: "")

    static func passed(_ message: String) -> CheckOutcome { CheckOutcome(passed: true, message: message) }

    static func failed(_ message: String, diff: String? = nil, details: String? = nil) -> CheckOutcome {
        CheckOutcome(passed: false, message: message, diff: diff, details: details)
    }
}
