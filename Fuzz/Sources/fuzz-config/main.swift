import FuzzSupport

/// `impact.yml` text loaded into a configuration.
let target = ConfigTarget()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  target.run(FuzzInput.bytes(start, count))
  return 0
}

/// The program's entry point (SwiftPM names it after the module): libFuzzer's driver.
@_cdecl("fuzz_config_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt
{
  FuzzDriver.run(argc, argv, fuzz)
}
