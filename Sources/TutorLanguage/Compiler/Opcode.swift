/// The instruction set: a stack machine close to CPython 3.10's, so CPython's
/// `dis` documentation explains most of it. Jump arguments are absolute
/// instruction indices.
public enum Opcode: UInt8, CaseIterable {
    case nop
    case popTop, dupTop, dupTopTwo, rotTwo, rotThree, rotFour

    case loadConst          // consts[arg]
    case loadFast, storeFast, deleteFast          // locals[arg]
    case loadGlobal, storeGlobal, deleteGlobal    // names[arg]
    case loadName, storeName, deleteName          // names[arg], via the frame's locals dict
    case loadDeref, storeDeref, deleteDeref       // cells[arg]
    case loadClassDeref     // class body reading an enclosing function's variable: cells[arg]
    case loadClosure        // push the cell object cells[arg]
    case loadAttr, storeAttr, deleteAttr          // names[arg]
    /// Pushes (method, self) when `names[arg]` is a plain function on the type, else (attr, marker).
    case loadMethod

    case binarySubscr, storeSubscr, deleteSubscr
    case buildSlice         // arg = 2 or 3
    case binaryOp           // arg = BinaryOperation.rawValue
    case unaryNegative, unaryPositive, unaryNot, unaryInvert
    case compareOp          // arg = ComparisonOperator index (==, !=, <, <=, >, >=)
    case isOp               // arg 1 = `is not`
    case containsOp         // arg 1 = `not in`

    case jump               // forward or sideways jump: not a switch point
    case jumpBackward       // loop back edge: a switch point in CPython-compatible mode
    case popJumpIfFalse, popJumpIfTrue
    case jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter
    case forIter            // arg = target when exhausted

    case buildTuple, buildList, buildSet, buildMap, buildString   // arg = count
    case listAppend, setAdd, mapAdd       // arg = stack depth of the collection
    case listExtend, setUpdate, dictUpdate, dictMerge   // arg = stack depth of the collection
    case listToTuple
    case formatValue        // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack
    case unpackSequence     // arg = count
    case unpackEx           // arg = before | (after << 8)

    case makeFunction       // arg = MakeFunctionFlags
    case callFunction       // arg = positional count
    case callFunctionKw     // arg = argument count; TOS is a tuple of keyword names
    case callFunctionEx     // arg 1 = has kwargs mapping
    case callMethod         // arg = positional count, after loadMethod
    case callMethodKw       // after loadMethod; TOS is a tuple of keyword names; arg = argument count
    case returnValue
    case yieldValue
    case getYieldFromIter
    case yieldFrom          // delegate to TOS1, sending TOS
    case getAwaitable
    case getAiter, getAnext
    case endAsyncFor        // handler for StopAsyncIteration in `async for`

    case setupFinally       // push a handler block: arg = handler
    case popBlock
    case raiseVarargs       // arg = 0 (re-raise), 1 (exc), 2 (exc from cause)
    case reraise            // re-raise the exception on TOS
    case pushExcInfo        // entering a handler: TOS exception becomes the handled one
    case popExcept          // leaving a handler: restore the previously handled exception
    case checkExcMatch      // TOS type(s), TOS1 exception -> push bool
    case setupWith          // call __enter__, push __exit__, set up handler arg
    case withExceptStart    // call __exit__(type, value, tb) with the exception on TOS
    case beforeAsyncWith    // push __aexit__ and the awaitable __aenter__()
    case setupAsyncWith     // push a handler block after awaiting __aenter__

    case importName         // names[arg]; TOS fromlist, TOS1 level
    case importFrom         // names[arg]
    case importStar
    case loadBuildClass
    case printExpr          // interactive mode: echo repr of TOS
    case loadAssertionError
    case setupAnnotations
    case copyFreeVars       // unused placeholder kept for numbering stability

    /// Instructions at which the thread may be switched in CPython-compatible mode.
    @inline(__always) var isCallOrBackwardJump: Bool {
        switch self {
        case .jumpBackward, .callFunction, .callFunctionKw, .callFunctionEx, .callMethod, .callMethodKw:
            return true
        default:
            return false
        }
    }

    var isJump: Bool {
        switch self {
        case .jump, .jumpBackward, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop,
             .forIter, .setupFinally, .setupWith, .setupAsyncWith:
            return true
        default:
            return false
        }
    }
}

/// Binary operations, including the in-place forms used by augmented assignment.
public enum BinaryOperation: Int32, CaseIterable {
    case add, subtract, multiply, matrixMultiply, trueDivide, floorDivide, modulo, power
    case leftShift, rightShift, bitOr, bitXor, bitAnd
    case inplaceAdd, inplaceSubtract, inplaceMultiply, inplaceMatrixMultiply, inplaceTrueDivide
    case inplaceFloorDivide, inplaceModulo, inplacePower
    case inplaceLeftShift, inplaceRightShift, inplaceBitOr, inplaceBitXor, inplaceBitAnd

    public var isInplace: Bool { rawValue >= BinaryOperation.inplaceAdd.rawValue }

    /// The plain operation behind an in-place one.
    public var base: BinaryOperation {
        isInplace ? BinaryOperation(rawValue: rawValue - BinaryOperation.inplaceAdd.rawValue)! : self
    }

    public var symbol: String {
        ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"][Int(base.rawValue)]
    }

    public var dunder: String {
        ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
         "__lshift__", "__rshift__", "__or__", "__xor__", "__and__"][Int(base.rawValue)]
    }

    public var reflectedDunder: String { "__r" + dunder.dropFirst(2) }
    public var inplaceDunder: String { "__i" + dunder.dropFirst(2) }
}

/// The six rich comparisons, in `compareOp`'s argument order.
public enum RichComparison: Int32 {
    case equal, notEqual, less, lessEqual, greater, greaterEqual

    public var symbol: String { ["==", "!=", "<", "<=", ">", ">="][Int(rawValue)] }
    public var dunder: String { ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"][Int(rawValue)] }
    public var swapped: RichComparison {
        switch self {
        case .equal, .notEqual: return self
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        }
    }
}

public struct MakeFunctionFlags: OptionSet {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    public static let defaults = MakeFunctionFlags(rawValue: 1)
    public static let keywordDefaults = MakeFunctionFlags(rawValue: 2)
    public static let closure = MakeFunctionFlags(rawValue: 8)
}

public struct Instruction {
    public var opcode: Opcode
    public var arg: Int32
    public init(_ opcode: Opcode, _ arg: Int32 = 0) {
        self.opcode = opcode
        self.arg = arg
    }
}
