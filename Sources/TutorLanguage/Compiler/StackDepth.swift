/// Computes the maximum operand-stack depth of a code unit by walking every path,
/// so frames can allocate their stack once and the loop never checks bounds.
enum StackDepth {
    struct Inconsistent: Error { let index: Int }

    static func compute(_ code: [Instruction]) throws -> Int {
        guard !code.isEmpty else { return 1 }
        var depthAt = [Int](repeating: -1, count: code.count)
        var work: [(Int, Int)] = [(0, 0)]
        var maxDepth = 0
        while let (start, startDepth) = work.popLast() {
            var i = start
            var depth = startDepth
            while i < code.count {
                if depthAt[i] >= 0 {
                    if depthAt[i] != depth { throw Inconsistent(index: i) }
                    break
                }
                depthAt[i] = depth
                let ins = code[i]
                if ins.opcode.isJump {
                    let target = Int(ins.arg)
                    let jumped = depth + effect(ins, jump: true)
                    maxDepth = max(maxDepth, jumped)
                    if target >= 0 && target < code.count { work.append((target, jumped)) }
                }
                depth += effect(ins, jump: false)
                if depth < 0 { throw Inconsistent(index: i) }
                maxDepth = max(maxDepth, depth)
                switch ins.opcode {
                case .jump, .jumpBackward, .returnValue, .raiseVarargs, .reraise:
                    i = code.count
                default:
                    i += 1
                }
            }
        }
        return maxDepth + 2
    }

    /// Net change of the stack depth, on the fall-through path or the jump path.
    static func effect(_ ins: Instruction, jump: Bool) -> Int {
        let n = Int(ins.arg)
        switch ins.opcode {
        case .nop, .rotTwo, .rotThree, .rotFour, .jump, .jumpBackward, .popBlock, .setupAnnotations,
             .copyFreeVars, .unaryNegative, .unaryPositive, .unaryNot, .unaryInvert, .getIter,
             .getYieldFromIter, .getAwaitable, .getAiter, .listToTuple, .yieldValue, .pushExcInfo,
             .popExcept:
            return 0
        case .popTop: return -1
        case .dupTop: return 1
        case .dupTopTwo: return 2
        case .loadConst, .loadFast, .loadGlobal, .loadName, .loadDeref, .loadClassDeref, .loadClosure,
             .loadBuildClass, .loadAssertionError:
            return 1
        case .storeFast, .storeGlobal, .storeName, .storeDeref: return -1
        case .deleteFast, .deleteGlobal, .deleteName, .deleteDeref: return 0
        case .loadAttr: return 0
        case .storeAttr: return -2
        case .deleteAttr: return -1
        case .loadMethod: return 1
        case .binarySubscr: return -1
        case .storeSubscr: return -3
        case .deleteSubscr: return -2
        case .buildSlice: return 1 - n
        case .binaryOp, .compareOp, .isOp, .containsOp: return -1
        case .popJumpIfFalse, .popJumpIfTrue: return -1
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return jump ? 0 : -1
        case .forIter: return jump ? -1 : 1
        case .buildTuple, .buildList, .buildSet, .buildString: return 1 - n
        case .buildMap: return 1 - 2 * n
        case .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge: return -1
        case .mapAdd: return -2
        case .formatValue: return (n & 4) != 0 ? -1 : 0
        case .unpackSequence: return n - 1
        case .unpackEx: return (n & 0xff) + (n >> 8)
        case .makeFunction:
            let f = MakeFunctionFlags(rawValue: ins.arg)
            return -1 - (f.contains(.defaults) ? 1 : 0) - (f.contains(.keywordDefaults) ? 1 : 0)
                - (f.contains(.closure) ? 1 : 0)
        case .callFunction: return -n
        case .callFunctionKw: return -n - 1
        case .callFunctionEx: return (n & 1) != 0 ? -2 : -1
        case .callMethod: return -n - 1
        case .callMethodKw: return -n - 2
        case .returnValue: return -1
        case .yieldFrom: return -1
        case .getAnext: return 1
        case .endAsyncFor: return -2
        case .setupFinally: return jump ? 1 : 0
        case .raiseVarargs: return -n
        case .reraise: return -1
        case .checkExcMatch: return 0
        case .setupWith: return 1
        case .withExceptStart: return 1
        case .beforeAsyncWith: return 1
        case .setupAsyncWith: return jump ? 0 : 0
        case .importName: return -1
        case .importFrom: return 1
        case .importStar: return -1
        case .printExpr: return -1
        }
    }
}
