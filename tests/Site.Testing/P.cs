namespace Site.Testing; public static class Placeholder {}
