package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.source.PhotoFile;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * What a photo's header says, read without decoding its pixels: format, stored size and the
 * EXIF orientation (how a phone held upright or sideways wants the stored pixels turned).
 *
 * @param format       "jpeg" or "png"
 * @param storedWidth  width of the pixels as stored
 * @param storedHeight height of the pixels as stored
 * @param orientation  the standard ImageIO name of the EXIF orientation: "Normal", "Rotate90",
 *                     "Rotate180", "Rotate270", "FlipH", "FlipV", "FlipHRotate90" or "FlipVRotate90"
 */
public record PhotoHeader(String format, int storedWidth, int storedHeight, String orientation) {

    /**
     * ImageIO finds plugins through the class loader it started with, which under Maven's exec
     * plugin does not see TwelveMonkeys; registered here, its JPEG reader orders itself first.
     * (Not ImageIO.scanForPlugins(): that searches the whole class path, tenths of a second.) On
     * first use only: a build whose photos the index knows opens none and never starts ImageIO.
     */
    private static final class TwelveMonkeys {
        static {
            IIORegistry.getDefaultInstance().registerServiceProvider(new JPEGImageReaderSpi());
        }

        /** Does nothing: calling it initialises the class, once. */
        static void register() {
        }
    }

    /** Whether the displayed photo is the stored one turned a quarter. */
    public boolean turnsQuarter() {
        return orientation.contains("90") || orientation.contains("270");
    }

    public int width() {
        return turnsQuarter() ? storedHeight : storedWidth;
    }

    public int height() {
        return turnsQuarter() ? storedWidth : storedHeight;
    }

    /**
     * Reads the header of {@code file}.
     *
     * @throws IIOException when the file is not a JPEG or PNG image, or its header is damaged
     */
    public static PhotoHeader read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IIOException("cannot be opened");
            }
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, false);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                format = format.equals("jpg") ? "jpeg" : format;
                if (PhotoFile.tooManyPixels("", width, height).isPresent()) {
                    // refused for its size: its metadata, which a crafted file may hold anything in, is not read
                    return new PhotoHeader(format, width, height, "Normal");
                }
                return new PhotoHeader(format, width, height, orientation(reader.getImageMetadata(0)));
            } catch (RuntimeException e) {
                // some readers throw unchecked exceptions on damaged headers
                throw new IIOException("damaged: " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The first JPEG or PNG reader that recognises the stream (TwelveMonkeys' JPEG reader comes first). */
    public static ImageReader readerFor(ImageInputStream in) throws IIOException {
        TwelveMonkeys.register();
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (format.equals("jpeg") || format.equals("jpg") || format.equals("png")) {
                    return reader;
                }
            } catch (IOException e) {
                // try the next reader
            }
            reader.dispose();
        }
        throw new IIOException("not a JPEG or PNG image");
    }

    private static String orientation(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return "Normal";
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        for (Node section = root.getFirstChild(); section != null; section = section.getNextSibling()) {
            if (!section.getNodeName().equals("Dimension")) {
                continue;
            }
            for (Node item = section.getFirstChild(); item != null; item = item.getNextSibling()) {
                if (item.getNodeName().equals("ImageOrientation")) {
                    Node value = item.getAttributes().getNamedItem("value");
                    return value == null ? "Normal" : value.getNodeValue();
                }
            }
        }
        return "Normal";
    }
}
