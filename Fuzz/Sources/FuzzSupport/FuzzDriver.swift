import CFuzzer

/// Starts libFuzzer from a target's entry point: SwiftPM links every executable with a main of
/// its own (`<module>_main`), so libFuzzer's main is never used and its driver is called instead.
public enum FuzzDriver {
  /// Runs libFuzzer with the command's arguments, feeding each input to `testOneInput`.
  public static func run(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
  }
}
