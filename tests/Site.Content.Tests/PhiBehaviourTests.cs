using Site.Content.Compliance;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// What people write, behaviour by behaviour (issue #13): each theory names a rule of the PHI guard and holds
/// examples that must be found (with the exact text of the hit) or must stay clean. The organization is
/// <see cref="PhiGuardSetTests.TestOrganization"/>.
/// </summary>
public sealed class PhiBehaviourTests
{
    private static readonly PhiScanner Scanner = new(PhiGuardSetTests.TestOrganization);

    private static void Finds(string sentence, string expected, PhiKind kind)
    {
        var hits = Scanner.Scan(sentence);
        Assert.True(hits.Any(h => h.Text == expected && h.Kind == kind), $"expected {kind} '{expected}' in: {sentence}\nfound: {string.Join(", ", hits.Select(h => $"{h.Kind} '{h.Text}'"))}");
    }

    private static void Clean(string sentence)
    {
        var hits = Scanner.Scan(sentence);
        Assert.True(hits.Count == 0, $"expected nothing in: {sentence}\nfound: {string.Join(", ", hits.Select(h => $"{h.Kind} '{h.Text}'"))}");
    }

    [Theory]
    [InlineData("Donate at gofundme.com/f/help-maria-lopez today.", "gofundme.com/f/help-maria-lopez")]
    [InlineData("Updates are on caringbridge.org/visit/tomaslopez.", "caringbridge.org/visit/tomaslopez")]
    [InlineData("Sign up to bring dinner: mealtrain.com/trains/8k2x71", "mealtrain.com/trains/8k2x71")]
    [InlineData("His video diary is at youtube.com/@lopezfamily!", "youtube.com/@lopezfamily")]
    [InlineData("Photos: instagram.com/hazel.the.brave", "instagram.com/hazel.the.brave")]
    [InlineData("Sarah's blog, sarahsjourney.wordpress.com, has every scan.", "sarahsjourney.wordpress.com")]
    [InlineData("Follow updates at https://www.caringbridge.org/visit/tomaslopez", "https://www.caringbridge.org/visit/tomaslopez")]
    [InlineData("The family's own site, thelopezfamily.net, has the schedule.", "thelopezfamily.net")]
    [InlineData("Hank's parents run hopeforhank.org out of their kitchen.", "hopeforhank.org")]
    public void Personal_web_addresses_are_found_without_a_scheme_on_platforms_and_personal_domains(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.PersonalUrl);

    [Theory]
    [InlineData("Follow her on Instagram at @maria.runs to see the log.", "@maria.runs")]
    [InlineData("\"Her TikTok is @owenstrong,\" his sister said.", "@owenstrong")]
    [InlineData("Add him on Snapchat, @benji_o, he loves messages.", "@benji_o")]
    public void A_social_handle_in_a_profile_context_is_found(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.PersonalUrl);

    [Theory]
    [InlineData("Learn about the heart program at riversidehealth.example/heart.")]
    [InlineData("Read more at https://stories.riversidehealth.example/2024/06/owen-strong?share=fb")]
    [InlineData("You can start a fundraiser for any family at gofundme.com.")]
    [InlineData("Most families post updates on instagram.com or facebook.com.")]
    [InlineData("See cdc.gov for the current vaccine schedule.")]
    [InlineData("Find your local chapter at marchofdimes.org/find-support.")]
    [InlineData("Meet @ the lobby at 3 for the balloon release.")]
    [InlineData("The Kids@Home program sends nurses home with families.")]
    [InlineData("Share your photos with #TeamOwen on Instagram!")]
    public void The_organizations_own_domains_platform_home_pages_public_sites_and_stray_at_signs_stay_clean(string sentence) =>
        Clean(sentence);

    [Theory]
    [InlineData("That text linked to riversidehealth.example.evil.net/login, so don't click it.", "riversidehealth.example.evil.net/login")]
    [InlineData("The unofficial fan page, riversidehealth-fans.com, is run by Jess's husband.", "riversidehealth-fans.com")]
    public void A_host_that_merely_contains_the_organizations_name_is_not_the_organizations(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.PersonalUrl);

    [Theory]
    [InlineData("The guestbook post was traced to 24.15.230.66.", "24.15.230.66")]
    [InlineData("Login from IP 172.16.254.3 (Chicago)", "172.16.254.3")]
    [InlineData("IPv6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 is the one.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("Server log: POST from 2001:db8::1 flagged as spam.", "2001:db8::1")]
    [InlineData("The link-local address fe80::1ff:fe23:4567:890a kept showing.", "fe80::1ff:fe23:4567:890a")]
    [InlineData("The log showed ::ffff:192.0.2.128 for the first visit.", "::ffff:192.0.2.128")]
    public void Ip_addresses_are_found_at_the_end_of_a_sentence_and_in_full_and_compressed_ipv6(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.IpAddress);

    [Theory]
    [InlineData("The patient portal app (version 2.1.0.4) shows lab results.")]
    [InlineData("Pump firmware 4.12.0.7 fixed the occlusion alarm.")]
    [InlineData("Section 4.2.1.3 of the consent form covers photos.")]
    [InlineData("Her walk time dropped from 18:45 to 11:20 over the summer.")]
    public void Version_strings_and_times_are_not_ip_addresses(string sentence) => Clean(sentence);

    [Theory]
    [InlineData("You can reach Maria at 555-867-5309 most evenings.", "555-867-5309")]
    [InlineData("Call her daughter at (312) 555-0143 after six.", "(312) 555-0143")]
    [InlineData("His cell is +1 415 555 0182.", "+1 415 555 0182")]
    [InlineData("Fax the records to 555.201.7788 please.", "555.201.7788")]
    [InlineData("cell#3095550118", "3095550118")]
    [InlineData("PH 312/555-0126", "312/555-0126")]
    [InlineData("\"Just call 555-0143 and ask for Gloria,\" the flyer said.", "555-0143")]
    [InlineData("Nadia's desk phone is (312) 555-0170 ext. 3318.", "(312) 555-0170 ext. 3318")]
    [InlineData("The caller ID showed 555-010-0101, one digit off from the hospital's line.", "555-010-0101")]
    public void Phone_and_fax_numbers_are_found_in_every_north_american_shape(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.PhoneNumber);

    [Theory]
    [InlineData("Call Riverside Health at (555) 010-0100 to schedule a tour.")]
    [InlineData("For a ride to your appointment, call 5550100150.")]
    [InlineData("Dial 1-555-010-0100 ext. 4 for the child life team.")]
    [InlineData("Her brother called 911, and later she called 988 and 211.")]
    [InlineData("The ICU's new beds cost $28,500 each, and she walked 10,000 steps.")]
    public void The_organizations_numbers_in_any_format_and_emergency_numbers_stay_clean(string sentence) => Clean(sentence);

    [Theory]
    [InlineData("Write to maria.lopez62@gmail.com with your good wishes.", "maria.lopez62@gmail.com")]
    [InlineData("Mark asks people to write to mark DOT stevens AT gmail DOT com.", "mark DOT stevens AT gmail DOT com")]
    [InlineData("Reach Tomás at tomas.b [at] yahoo [dot] com for rides.", "tomas.b [at] yahoo [dot] com")]
    [InlineData("Write to maria at gmail dot com for the schedule.", "maria at gmail dot com")]
    public void E_mail_addresses_are_found_also_spelled_out(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.EmailAddress);

    [Theory]
    [InlineData("DOB: 03/05/1961", "03/05/1961")]
    [InlineData("DOB 3-5-61", "3-5-61")]
    [InlineData("dob:11.09.1974", "11.09.1974")]
    [InlineData("He was born 1958-11-02 at our old campus.", "1958-11-02")]
    [InlineData("Maria was born on March 5, 1961 in Riverside.", "March 5, 1961")]
    [InlineData("\"I was born 2 February 1952,\" he said.", "2 February 1952")]
    [InlineData("Her birthday is July 14th and she loves cake.", "July 14th")]
    [InlineData("Her birthday, the 3rd of June, fell on surgery day.", "the 3rd of June")]
    [InlineData("She was born in June of 2017 at just 24 weeks.", "June of 2017")]
    [InlineData("He was born in August, so his party is in the fall.", "August")]
    [InlineData("Owen (b. 4/2/2016) spent his first week in the NICU.", "4/2/2016")]
    [InlineData("- D.O.B. 1/1/70", "1/1/70")]
    [InlineData("Lily was born at 34 2/7 weeks on May 2, 2019.", "May 2, 2019")]
    public void Dates_of_birth_are_found_in_numeric_and_written_forms_after_a_birth_word(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.BirthDate);

    [Theory]
    [InlineData("Born in 2009, the twins started college this fall.")]
    [InlineData("A 7-year-old with a broken femur taught me courage; she was 34.")]
    [InlineData("The twins, born at 28+3 weeks, now race down the hallway.")]
    [InlineData("Born 11 weeks early, Ava now weighs more than her brother did.")]
    [InlineData("She scored 27/30 on the memory test after six weeks of rehab.")]
    [InlineData("Diagnosed 03/05/2019, cancer-free 11/22/2022.")]
    [InlineData("The idea for the toy drive was born on March 5, 2020, in the waiting room.")]
    public void Years_ages_gestational_ages_scores_and_other_dates_stay_clean(string sentence) => Clean(sentence);

    [Theory]
    [InlineData("Her Social Security number, 123-45-6789, was on the form.", "123-45-6789")]
    [InlineData("SSN: 078051120 was printed on the wristband.", "078051120")]
    [InlineData("The card read 219 09 9999 in faded ink.", "219 09 9999")]
    [InlineData("The applicant's Social Security Number is listed as 573290184 on page two.", "573290184")]
    [InlineData("Mom's SSN ends in 7731, so the letter was meant for her.", "7731")]
    [InlineData("\"Last 4 of your SSN?\" the scheduler asked, and Priya answered, \"8350.\"", "8350")]
    public void Social_security_numbers_are_found_with_any_separator_words_after_the_label_and_the_last_four(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.SocialSecurityNumber);

    [Theory]
    [InlineData("Her MRN 00482913 is on every wristband.", "00482913")]
    [InlineData("Baby Boy Tran, MRN#0091-4477, NICU pod 3", "0091-4477")]
    [InlineData("Med. Rec. No. A44-81290 (from the discharge papers)", "A44-81290")]
    [InlineData("chart #C-229184", "C-229184")]
    [InlineData("acct 448190223 - balance due", "448190223")]
    [InlineData("member ID: XJH 448812901", "XJH 448812901")]
    [InlineData("Subscriber ID W228 4410 93 belongs to her husband.", "W228 4410 93")]
    [InlineData("plan ID 88402-IL", "88402-IL")]
    [InlineData("Medicare number: 2PX4-YT8-RN15", "2PX4-YT8-RN15")]
    [InlineData("Medicaid ID 10294857B was denied twice.", "10294857B")]
    [InlineData("The pharmacy charged the Visa ending in 4417 by mistake.", "4417")]
    [InlineData("\"I read my card number, 4539 1488 0343 6467, over the phone.\"", "4539 1488 0343 6467")]
    public void Record_account_plan_and_card_numbers_are_found_behind_their_labels_with_letters_dashes_and_spaces(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.RecordNumber);

    [Theory]
    [InlineData("The nurses check the MRN on every wristband before each dose.")]
    [InlineData("She keeps a record of every dose in a spiral notebook.")]
    [InlineData("The physical therapist designed a plan of 12 weeks.")]
    [InlineData("She's a member of the 2019 state championship team.")]
    [InlineData("Illinois expanded Medicaid in 2014, and that coverage saved us.")]
    [InlineData("The policy covers 80% after a $3,000 deductible.")]
    [InlineData("She was randomized to group 2 of the trial; the youth choir (ages 8-14) sang.")]
    public void Record_words_used_as_ordinary_words_stay_clean(string sentence) => Clean(sentence);

    [Theory]
    [InlineData("Cards can be mailed to 412 N. Maple St., Apt. 3B, Springfield.", "412 N. Maple St., Apt. 3B")]
    [InlineData("- Address: 121 W. 42nd Street, Chicago, IL 60609", "121 W. 42nd Street")]
    [InlineData("Home: 1010 NW 119th St, Oklahoma City", "1010 NW 119th St")]
    [InlineData("\"We moved into 88 Oak Ln #2 the week before.\"", "88 Oak Ln #2")]
    [InlineData("Her farm at N4512 County Road K, Poynette, WI 53955", "N4512 County Road K")]
    [InlineData("They rented the upstairs at 305 1/2 E. 5th St. in Alton.", "305 1/2 E. 5th St")]
    [InlineData("Letters reached him at Post Office Box 9, Cairo.", "Post Office Box 9")]
    [InlineData("Mail checks to P. O. Box 77, Monticello.", "P. O. Box 77")]
    [InlineData("The family lives at 1402 Riverbend Avenue, two doors down.", "1402 Riverbend Avenue")]
    public void Street_addresses_with_numbered_streets_directionals_units_and_po_boxes_are_found(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.StreetAddress);

    [Theory]
    [InlineData("Our address is 1400 Riverbend Avenue.")]
    [InlineData("The clinic is two blocks north of 1400 Riverbend Ave. in Riverside, IL.")]
    [InlineData("Visit us at 1400 Riverbend Avenue, Riverside, IL 62704.")]
    [InlineData("The 42nd Street bus stops right outside; Maple Street turned purple.")]
    [InlineData("The ambulance took Route 29 and then Highway 51 north.")]
    public void The_organizations_address_and_street_names_without_a_house_number_stay_clean(string sentence) => Clean(sentence);

    [Theory]
    [InlineData("Their home, Springfield, IL 62701, is an hour away.", "62701")]
    [InlineData("Send it to Peoria, Illinois 61602.", "61602")]
    [InlineData("Address: 9 Sycamore Pl., Apt 1, Decatur IL 62521", "62521")]
    [InlineData("ZIP CODE: 62901", "62901")]
    [InlineData("Her old zip code was 62711 before the move.", "62711")]
    [InlineData("\"Zip code? 62959,\" he answered.", "62959")]
    [InlineData("Mail goes to 60614-2233 now.", "60614-2233")]
    [InlineData("Grandma lives at 6 Foxglove Ct., Riverside, IL 62704.", "62704")]
    public void Zip_codes_after_a_city_and_state_or_a_zip_label_are_found_even_the_organizations_zip_in_someone_elses_address(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.ZipCode);

    [Theory]
    [InlineData("DL# S530-7712-4409", "S530-7712-4409", PhiKind.LicenseNumber)]
    [InlineData("Her counseling license number is LPC-00912.", "LPC-00912", PhiKind.LicenseNumber)]
    [InlineData("The van with plate number KT4 8812 is the one.", "KT4 8812", PhiKind.VehicleIdentifier)]
    [InlineData("Her vanity plate TEAMOWN made strangers honk.", "TEAMOWN", PhiKind.VehicleIdentifier)]
    [InlineData("VIN: 2T1BURHE0JC014578", "2T1BURHE0JC014578", PhiKind.VehicleIdentifier)]
    [InlineData("Her pacemaker serial number, PJN418903H, is on the card.", "PJN418903H", PhiKind.DeviceIdentifier)]
    [InlineData("pump SN: 72-4418-Q", "72-4418-Q", PhiKind.DeviceIdentifier)]
    public void Licence_plate_vin_and_device_serial_numbers_are_found_behind_their_labels(string sentence, string expected, PhiKind kind) =>
        Finds(sentence, expected, kind);

    [Theory]
    [InlineData("A titanium plate and eight screws hold her ankle together now.")]
    [InlineData("She had serial ultrasounds at 20, 24 and 28 weeks.")]
    [InlineData("The team licensed the song from the band for $1.")]
    public void Plate_serial_and_licence_as_ordinary_words_stay_clean(string sentence) => Clean(sentence);

    [Theory]
    [InlineData("MRN: 00482913", "00482913")]
    [InlineData("mrn 00482913", "00482913")]
    [InlineData("MRN, 00482913", "00482913")]
    [InlineData("MRN # 00482913", "00482913")]
    [InlineData("MRN no. 00482913", "00482913")]
    [InlineData("MRN is 00482913", "00482913")]
    [InlineData("MRN was 00482913", "00482913")]
    public void Labels_match_in_any_case_across_the_punctuation_people_put_before_the_value(string sentence, string expected) =>
        Finds(sentence, expected, PhiKind.RecordNumber);

    [Theory]
    [InlineData("Our address is 1400 Riverbend Avenue.", null)]
    [InlineData("Write to 1400 Riverbend Ave., Riverside, IL 62704!", null)]
    [InlineData("Call (555) 010-0150, or 1.555.010.0100 ext. 2.", null)]
    [InlineData("Write to stories@riversidehealth.example or see www.riversidehealth.example/give.", null)]
    [InlineData("Call 555-010-0199, her own line.", "555-010-0199")]
    [InlineData("They live at 1400 Riverbend Court.", "1400 Riverbend Court")]
    [InlineData("She lives at 14 Riverbend Avenue.", "14 Riverbend Avenue")]
    [InlineData("Mail her at 2 Elm St, Riverside, IL 62704.", "62704")]
    [InlineData("Write to jo@riversidehealth.example.com about it.", "jo@riversidehealth.example.com")]
    [InlineData("See myriversidehealth.example.org/jo for photos.", "myriversidehealth.example.org/jo")]
    public void The_organizations_allowlist_matches_whole_identifiers_never_a_prefix(string sentence, string? flagged)
    {
        var hits = Scanner.Scan(sentence);

        Assert.True(flagged is null ? hits.Count == 0 : hits.Any(h => h.Text == flagged), $"{sentence}: {string.Join(", ", hits.Select(h => $"{h.Kind} '{h.Text}'"))}");
    }

    [Fact]
    public void A_hit_names_its_exact_range()
    {
        var hit = Assert.Single(Scanner.Scan("Her old zip code was 62711 before the move."));

        Assert.Equal((21, 22, 26, 5), (hit.Index, hit.Column, hit.EndColumn, hit.Length));
    }
}
