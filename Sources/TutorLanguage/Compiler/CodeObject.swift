/// Compiled code for one scope: a module, class body, function, lambda or comprehension.
public final class CodeObject: PyObject {
    public struct Flags: OptionSet {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let varArgs = Flags(rawValue: 1)
        public static let varKeywords = Flags(rawValue: 2)
        public static let generator = Flags(rawValue: 4)
        public static let coroutine = Flags(rawValue: 8)
        public static let asyncGenerator = Flags(rawValue: 16)
        /// Module and class bodies resolve names through a locals dict.
        public static let usesLocalsDict = Flags(rawValue: 32)
    }

    public let name: String
    public let qualifiedName: String
    public let filename: String
    public let firstLine: Int
    public let instructions: [Instruction]
    /// The source line of each instruction.
    public let lines: [Int32]
    public let constants: [Value]
    /// Names used by global, attribute and import instructions, as str objects
    /// so dictionary lookups can hit on identity.
    public let names: [PyStr]
    public let variableNames: [String]
    public let cellNames: [String]
    public let freeNames: [String]
    /// For each cell, the index of the argument it is initialised from, or -1.
    public let cellArguments: [Int]
    public let argumentCount: Int
    public let positionalOnlyCount: Int
    public let keywordOnlyCount: Int
    public let flags: Flags
    public let stackSize: Int
    /// Finished frames kept for reuse by the next call, a linked free list
    /// (touched only under the GIL).
    var freeFrames: Frame?
    var freeFrameCount = 0

    /// Raw views of the arrays above for the evaluation loop (no bounds checks or
    /// retain/release per access). They live exactly as long as this object.
    let instructionPointer: UnsafeMutablePointer<Instruction>
    let constantPointer: UnsafeMutablePointer<Value>
    let namePointer: UnsafeMutablePointer<PyStr>

    init(name: String, qualifiedName: String, filename: String, firstLine: Int,
         instructions: [Instruction], lines: [Int32], constants: [Value], names: [String],
         variableNames: [String], cellNames: [String], freeNames: [String], cellArguments: [Int],
         argumentCount: Int, positionalOnlyCount: Int, keywordOnlyCount: Int,
         flags: Flags, stackSize: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        self.instructions = instructions
        self.lines = lines
        self.constants = constants
        // Interned, so the same name in different functions is the same object
        // and dictionary and attribute lookups hit on identity.
        self.names = names.map { PyStr.interned($0) }
        self.variableNames = variableNames
        self.cellNames = cellNames
        self.freeNames = freeNames
        self.cellArguments = cellArguments
        self.argumentCount = argumentCount
        self.positionalOnlyCount = positionalOnlyCount
        self.keywordOnlyCount = keywordOnlyCount
        self.flags = flags
        self.stackSize = stackSize
        instructionPointer = .allocate(capacity: max(instructions.count, 1))
        instructionPointer.initialize(from: instructions, count: instructions.count)
        constantPointer = .allocate(capacity: max(constants.count, 1))
        constantPointer.initialize(from: constants, count: constants.count)
        namePointer = .allocate(capacity: max(self.names.count, 1))
        namePointer.initialize(from: self.names, count: self.names.count)
        super.init(type: BuiltinTypes.code)
    }

    deinit {
        instructionPointer.deinitialize(count: instructions.count)
        instructionPointer.deallocate()
        constantPointer.deinitialize(count: constants.count)
        constantPointer.deallocate()
        namePointer.deinitialize(count: names.count)
        namePointer.deallocate()
    }

    public var isGenerator: Bool { flags.contains(.generator) }
    public var isCoroutine: Bool { flags.contains(.coroutine) }
    public var isAsyncGenerator: Bool { flags.contains(.asyncGenerator) }
    public var cellCount: Int { cellNames.count + freeNames.count }

    /// Total count of named parameters, including keyword-only and * / ** ones.
    public var totalParameterCount: Int {
        argumentCount + keywordOnlyCount + (flags.contains(.varArgs) ? 1 : 0)
            + (flags.contains(.varKeywords) ? 1 : 0)
    }

    public func line(at pc: Int) -> Int {
        guard pc >= 0 && pc < lines.count else { return firstLine }
        return Int(lines[pc])
    }
}
