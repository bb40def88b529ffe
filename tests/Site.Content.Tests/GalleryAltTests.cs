using Site.Content.Sources;
using Xunit;

namespace Site.Content.Tests;

/// <summary>Which gallery alt texts read like a file name (SG2035) and which describe a photo.</summary>
public sealed class GalleryAltTests
{
    [Theory]
    [InlineData("IMG_2041.jpg", "media/IMG_2041.jpg")]
    [InlineData("img_2041", "media/IMG_2041.jpg")]
    [InlineData("DSC_0042", "media/walk.jpg")]
    [InlineData("PXL_20260114_081502", "media/walk.jpg")]
    [InlineData("photo1", "media/walk.jpg")]
    [InlineData("Photo 2", "media/walk.jpg")]
    [InlineData("image", "media/walk.jpg")]
    [InlineData("a picture", "media/walk.jpg")]
    [InlineData("walk.jpeg", "media/walk.jpg")]
    [InlineData("grace bowls", "media/grace-bowls.jpg")]
    [InlineData("grace_bowls", "media/grace-bowls.jpg")]
    [InlineData("  grace-bowls.jpg ", "media/grace-bowls.jpg")]
    [InlineData("20260114", "media/walk.jpg")]
    public void A_file_name_or_a_camera_name_is_not_a_description(string alt, string src) =>
        Assert.True(CheckGallery.ReadsLikeFileName(alt, src), $"'{alt}' was taken for a description");

    [Theory]
    [InlineData("Grace shaping a bowl of red clay on her potter's wheel", "media/IMG_2041.jpg")]
    [InlineData("Three bowls on a shelf", "media/grace-bowls.jpg")]
    [InlineData("Grace's bowls", "media/grace-bowls.jpg")]
    [InlineData("An X-ray of a wrist held together by a small plate", "media/xray.png")]
    [InlineData("Owen, 7, with his green cast", "media/owen.jpg")]
    [InlineData("Sunrise", "media/walk.jpg")]
    public void A_description_is_accepted(string alt, string src) =>
        Assert.False(CheckGallery.ReadsLikeFileName(alt, src), $"'{alt}' was taken for a file name");
}
