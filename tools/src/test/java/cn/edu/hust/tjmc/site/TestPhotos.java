package cn.edu.hust.tjmc.site;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.awt.color.ColorSpace;
import java.awt.Transparency;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos the tests make themselves: no real photo, no real person. Each is a landscape picture
 * with a red mark in its top-left corner, a green one top right and a blue one bottom left, so a
 * test can tell which way up it came out; and, like a phone's photo, it carries EXIF (camera,
 * serial number, photographer, GPS position), XMP and IPTC metadata, which must never be published.
 */
public final class TestPhotos {

    /** Strings of the metadata the test photos carry; none may appear in a published image. */
    public static final String CAMERA_MAKE = "FixtureCam";
    public static final String CAMERA_MODEL = "FX-1000 serial 4711-0815";
    public static final String PHOTOGRAPHER = "Fixture Photographer";
    public static final String XMP_CREATOR = "Fixture Xmp Creator";
    public static final String IPTC_BYLINE = "Fixture Iptc Byline";

    public static final Color RED = new Color(220, 20, 20);
    public static final Color GREEN = new Color(20, 200, 20);
    public static final Color BLUE = new Color(20, 20, 220);

    private TestPhotos() {
    }

    /** The upright picture: a soft gradient, light noise (as a camera's), and the three corner marks. */
    public static BufferedImage upright(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(9) - 4;
                int r = clamp(150 + 60 * x / width + noise);
                int g = clamp(160 + 40 * y / height + noise);
                int b = clamp(170 - 30 * x / width + noise);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Graphics2D g = image.createGraphics();
        int mark = Math.max(4, Math.min(width, height) / 5);
        g.setColor(RED);
        g.fillRect(0, 0, mark, mark);
        g.setColor(GREEN);
        g.fillRect(width - mark, 0, mark, mark);
        g.setColor(BLUE);
        g.fillRect(0, height - mark, mark, mark);
        g.dispose();
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /**
     * How a camera stores {@code upright} when it writes EXIF orientation {@code orientation}
     * (1 to 8, as in the EXIF standard): the stored pixels, turned by the orientation, give the upright picture.
     */
    public static BufferedImage storedFor(BufferedImage upright, int orientation) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean quarter = orientation >= 5;
        BufferedImage stored = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        int sw = stored.getWidth();
        int sh = stored.getHeight();
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                // the upright pixel that the viewer sees where this stored pixel lands
                int ux;
                int uy;
                switch (orientation) {
                    case 1 -> { ux = x; uy = y; }
                    case 2 -> { ux = w - 1 - x; uy = y; }            // mirrored left to right
                    case 3 -> { ux = w - 1 - x; uy = h - 1 - y; }    // turned half round
                    case 4 -> { ux = x; uy = h - 1 - y; }            // mirrored top to bottom
                    case 5 -> { ux = y; uy = x; }                    // transposed
                    case 6 -> { ux = w - 1 - y; uy = x; }            // display turns it a quarter clockwise
                    case 7 -> { ux = w - 1 - y; uy = h - 1 - x; }    // transversed
                    case 8 -> { ux = y; uy = h - 1 - x; }            // display turns it a quarter anticlockwise
                    default -> throw new IllegalArgumentException("EXIF orientation " + orientation);
                }
                stored.setRGB(x, y, upright.getRGB(ux, uy));
            }
        }
        return stored;
    }

    /** A phone's JPEG: {@code upright} stored for {@code orientation}, with EXIF (GPS too), XMP and IPTC. */
    public static byte[] phoneJpeg(BufferedImage upright, int orientation) {
        return withMetadata(jpeg(storedFor(upright, orientation), false), orientation);
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.92f);
                if (progressive) {
                    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CMYK JPEG as Photoshop writes one (Adobe YCCK: the inverted C, M and Y as an RGB picture
     * in YCbCr, and the inverted K), every pixel the given ink amounts, 0 to 255.
     */
    public static byte[] cmykJpeg(int width, int height, int c, int m, int y, int k) {
        int r = 255 - c;
        int g = 255 - m;
        int b = 255 - y;
        int luma = clamp((int) Math.round(0.299 * r + 0.587 * g + 0.114 * b));
        int cb = clamp((int) Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b));
        int cr = clamp((int) Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b));
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        byte[] pixel = {(byte) luma, (byte) cb, (byte) cr, (byte) (255 - k)};
        for (int row = 0; row < height; row++) {
            for (int x = 0; x < width; x++) {
                raster.setDataElements(x, row, pixel);
            }
        }
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG with 16 bits per channel. */
    public static byte[] png16(BufferedImage upright) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                new int[] {16, 16, 16}, false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = upright.getRGB(x, y);
                raster.setPixel(x, y, new int[] {(rgb >> 16 & 0xff) * 257, (rgb >> 8 & 0xff) * 257, (rgb & 0xff) * 257});
            }
        }
        return png(new BufferedImage(model, raster, false, null));
    }

    /** A PNG whose right half is fully transparent. */
    public static byte[] transparentPng(BufferedImage upright) {
        BufferedImage image = new BufferedImage(upright.getWidth(), upright.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < upright.getHeight(); y++) {
            for (int x = 0; x < upright.getWidth(); x++) {
                image.setRGB(x, y, x < upright.getWidth() / 2 ? 0xff000000 | upright.getRGB(x, y) : 0x00000000);
            }
        }
        return png(image);
    }

    /**
     * A grey PNG of {@code width} x {@code height} black pixels: a decompression bomb, since zeros
     * deflate a thousandfold (1600 x 40,000 is 64 MB of pixels in some 64 KB). Without pixels,
     * only the header that declares the size (and the end): the 1600 x 1,000,000 pixels of the
     * issue in 57 bytes.
     */
    public static byte[] blackPng(int width, int height, boolean withPixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit grey, no interlace
        chunk(out, "IHDR", header.array());
        if (withPixels) {
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] row = new byte[width + 1]; // filter byte 0, then the row's zeros
            byte[] buffer = new byte[65536];
            for (int y = 0; y < height; y++) {
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            chunk(out, "IDAT", compressed.toByteArray());
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** {@code jpeg} with the size its frame header declares changed to {@code width} x {@code height}, pixels as they were. */
    public static byte[] declaringSize(byte[] jpeg, int width, int height) {
        byte[] changed = jpeg.clone();
        for (int i = 2; i + 8 < changed.length; i++) {
            int marker = changed[i + 1] & 0xff;
            if ((changed[i] & 0xff) == 0xFF && (marker == 0xC0 || marker == 0xC2)) { // baseline or progressive frame
                changed[i + 5] = (byte) (height >> 8);
                changed[i + 6] = (byte) height;
                changed[i + 7] = (byte) (width >> 8);
                changed[i + 8] = (byte) width;
                return changed;
            }
        }
        throw new IllegalArgumentException("no frame header in the JPEG");
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts EXIF (APP1), XMP (APP1) and IPTC (APP13) segments right after a JPEG's start marker. */
    public static byte[] withMetadata(byte[] jpeg, int orientation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        segment(out, 0xE1, exif(orientation));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + XMP_CREATOR
                + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, iptc());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(payload, 0, payload.length);
    }

    /** "Photoshop 3.0" resource 0x0404 holding an IPTC-IIM by-line (2:80). */
    private static byte[] iptc() {
        byte[] byline = IPTC_BYLINE.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer iim = ByteBuffer.allocate(5 + byline.length);
        iim.put((byte) 0x1C).put((byte) 2).put((byte) 80).putShort((short) byline.length).put(byline);
        int dataLength = iim.capacity();
        ByteBuffer resource = ByteBuffer.allocate(14 + 4 + 2 + 2 + 4 + dataLength + (dataLength % 2));
        resource.put("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
        resource.put("8BIM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0x0404).putShort((short) 0);
        resource.putInt(dataLength).put(iim.array());
        return resource.array();
    }

    /**
     * A big-endian TIFF structure in an "Exif" APP1 payload: IFD0 with Make, Model, Orientation,
     * Artist and a pointer to a GPS IFD holding a latitude and longitude.
     */
    private static byte[] exif(int orientation) {
        byte[] make = ascii(CAMERA_MAKE);
        byte[] model = ascii(CAMERA_MODEL);
        byte[] artist = ascii(PHOTOGRAPHER);
        int ifd0 = 8;
        int ifd0Size = 2 + 5 * 12 + 4;
        int gpsIfd = ifd0 + ifd0Size;
        int gpsSize = 2 + 4 * 12 + 4;
        int data = gpsIfd + gpsSize;
        int makeAt = data;
        int modelAt = makeAt + make.length;
        int artistAt = modelAt + model.length;
        int latitudeAt = artistAt + artist.length;
        int longitudeAt = latitudeAt + 24;
        ByteBuffer tiff = ByteBuffer.allocate(longitudeAt + 24);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 5);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        entry(tiff, 0x0110, 2, model.length, modelAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x013B, 2, artist.length, artistAt);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 2, 5, 3, latitudeAt);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(tiff, 4, 5, 3, longitudeAt);
        tiff.putInt(0);
        tiff.put(make).put(model).put(artist);
        tiff.putInt(30).putInt(1).putInt(35).putInt(1).putInt(0).putInt(1);
        tiff.putInt(114).putInt(1).putInt(16).putInt(1).putInt(0).putInt(1);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        payload.writeBytes(tiff.array());
        return payload.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static byte[] ascii(String text) {
        return (text + "\0").getBytes(StandardCharsets.US_ASCII);
    }
}
