namespace Site.Engine.Diagnostics;

/// <summary>
/// Every diagnostic code, in one place, grouped by area: SG1xxx engine and input files, SG2xxx content and
/// templates, SG3xxx links, SG4xxx accessibility, SG5xxx compliance and privacy. A code never changes meaning.
/// </summary>
public static class DiagnosticCodes
{
    // SG1xxx: engine, files, command line
    public const string PipelineCycle = "SG1001";
    public const string UnknownPipeline = "SG1002";
    public const string DuplicatePipeline = "SG1003";
    public const string ModuleFailed = "SG1004";
    public const string DuplicateOutputPath = "SG1005";
    public const string InvalidOutputPath = "SG1006";
    public const string FileNotUtf8 = "SG1010";
    public const string FileTooLarge = "SG1011";
    public const string FileEmpty = "SG1012";
    public const string FileUnreadable = "SG1013";
    public const string FolderMissing = "SG1014";
    public const string OutputWriteFailed = "SG1015";
    public const string OutputFolderUnsafe = "SG1016";
    public const string PortInUse = "SG1017";
    public const string NewFileExists = "SG1018";
    public const string ArchetypeMissing = "SG1019";
    public const string StoryNotFound = "SG1020";
    public const string AlreadyWithdrawn = "SG1021";
    public const string SymbolicLink = "SG1022";
    public const string NotARegularFile = "SG1023";
    public const string MarkdownNotRead = "SG1024";
    public const string OutputLocked = "SG1025";
    public const string BuildCacheNotUsed = "SG1026";
    public const string SearchIndexerMissing = "SG1030";
    public const string SearchIndexFailed = "SG1031";
    public const string SearchIndexerRequired = "SG1032";

    // Brand and reading (site.yml: brand, tags, phone_region)
    public const string BrandLogoInvalid = "SG1045";
    public const string BrandLinkInvalid = "SG1046";
    public const string SocialProfileInvalid = "SG1047";
    public const string TagNameInvalid = "SG1048";
    public const string PhoneSettingInvalid = "SG1049";
    public const string TaglineLanguageInvalid = "SG1040";
    public const string TaglineLanguageTwice = "SG1041";
    public const string TaglineInSiteLanguage = "SG1042";

    // SG2xxx: front matter, content, templates
    public const string FrontMatterMissing = "SG2001";
    public const string FrontMatterUnclosed = "SG2002";
    public const string YamlSyntax = "SG2003";
    public const string UnknownKey = "SG2004";
    public const string WrongType = "SG2005";
    public const string MissingField = "SG2006";
    public const string InvalidValue = "SG2007";
    public const string DuplicateKey = "SG2008";
    public const string YamlTag = "SG2009";
    public const string DuplicateId = "SG2010";
    public const string DuplicateUrl = "SG2011";
    public const string UnknownServiceLine = "SG2012";
    public const string ExtraTopHeading = "SG2013";
    public const string SkippedHeadingLevel = "SG2014";
    public const string ControlCharacter = "SG2015";
    public const string MarkdownTooDeep = "SG2016";
    public const string RawHtmlRefused = "SG2017";
    public const string RawHtmlRemoved = "SG2018";
    public const string LanguageNotDeclared = "SG2019";
    public const string LayoutNotFound = "SG2020";
    public const string TemplateSyntax = "SG2021";
    public const string TemplateUndefined = "SG2022";
    public const string TemplateRender = "SG2023";
    public const string MediaNotFound = "SG2030";
    public const string PhotoHasPosition = "SG2031";
    public const string SvgUnsafe = "SG2032";
    public const string ImageUnreadable = "SG2033";
    public const string AltIsFileName = "SG2035";
    public const string GuidelinesMissing = "SG2040";
    public const string RedirectShadowed = "SG2050";
    public const string RedirectConflict = "SG2051";
    public const string RedirectNotAPath = "SG2052";
    public const string AlertTimes = "SG2060";
    public const string AlertInstructionMissing = "SG2061";
    public const string AlertReference = "SG2062";
    public const string AlertHeadlineTooLong = "SG2063";
    public const string AlertDescriptionTwice = "SG2064";
    public const string EventTimes = "SG2070";
    public const string EventPlaceMissing = "SG2071";
    public const string EventTimeSkipped = "SG2072";
    public const string EventContact = "SG2073";
    public const string LinkToUnpublished = "SG2080";
    public const string VideoCaptionsMissing = "SG2090";
    public const string VideoSourceInvalid = "SG2091";
    public const string VideoIdInvalid = "SG2092";
    public const string VideoFileType = "SG2093";
    public const string VideoConsentMissing = "SG2094";
    public const string CaptionsInvalid = "SG2095";
    public const string ShareFontMissing = "SG2100";
    public const string TranslationOfUnknown = "SG2110";
    public const string TranslationOfTranslation = "SG2111";
    public const string TranslationSameLanguage = "SG2112";
    public const string TranslationOtherKind = "SG2113";
    public const string TranslationLanguageTwice = "SG2114";
    public const string NotCheckedYet = "SG2130";

    // SG3xxx: links, anchors and assets in rendered pages
    public const string LinkNotFound = "SG3001";
    public const string FragmentNotFound = "SG3002";
    public const string ImageNotFound = "SG3003";
    public const string ScriptNotFound = "SG3004";
    public const string LinkedResourceNotFound = "SG3005";
    public const string EmbeddedResourceNotFound = "SG3006";
    public const string RefreshTargetNotFound = "SG3007";
    public const string LeavesSiteRoot = "SG3008";
    public const string EmptyHref = "SG3009";
    public const string InvalidMailto = "SG3010";
    public const string InvalidTel = "SG3011";
    public const string ImageWithoutSrc = "SG3012";
    public const string UrlSchemeRefused = "SG3013";
    public const string ExternalBroken = "SG3020";
    public const string ExternalUnreachable = "SG3021";
    public const string MalformedUrl = "SG3030";
    public const string RedirectedLink = "SG3040";

    // SG4xxx: accessibility of rendered pages
    public const string MissingLang = "SG4001";
    public const string HeadingOneCount = "SG4002";
    public const string MissingMainLandmark = "SG4003";
    public const string MissingSkipLink = "SG4004";
    public const string HtmlSkippedHeadingLevel = "SG4005";
    public const string ImageWithoutAlt = "SG4006";

    // SG5xxx: compliance and privacy
    public const string ThirdPartyResource = "SG5001";
    public const string LinkToWithdrawn = "SG5002";
    public const string InlineScript = "SG5004";
    public const string MentionOfWithdrawn = "SG5003";
    public const string SignedInFuture = "SG5010";
    public const string RevocationInconsistent = "SG5011";
    public const string ReviewerWithoutCredentials = "SG5012";
    public const string UnknownIdentifier = "SG5013";
    public const string GalleryNotAuthorized = "SG5017";
    public const string AuthorizationExpiresSoon = "SG5020";
    public const string ReviewOverdue = "SG5021";
    public const string PhiFound = "SG5030";
    public const string PhiExceptionUnused = "SG5031";
    public const string VoteTotalsUnavailable = "SG5040";
}
