namespace Site.Validation; public static class Placeholder {}
