public enum ImpactSample {}
