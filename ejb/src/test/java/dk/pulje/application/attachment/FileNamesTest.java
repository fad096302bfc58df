package dk.pulje.application.attachment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNamesTest {

    @Test
    void onlyTheLastPartOfAPathIsKept() {
        assertEquals("rapport.pdf", FileNames.sanitise("C:\\Users\\loke\\Desktop\\rapport.pdf"));
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("pdf", FileNames.sanitise("../.pdf"), "a hidden file loses its dot; the check adds the extension by content");
    }

    @Test
    void danishLettersStayAndReservedAndControlCharactersGo() {
        assertEquals("Årsrapport for Ærø og Ølstykke.docx", FileNames.sanitise("Årsrapport for Ærø og Ølstykke.docx"));
        assertEquals("a_b.pdf", FileNames.sanitise("a<>:\"|?*b.pdf"));
        assertEquals("rapport_fdp.exe_.pdf", FileNames.sanitise("rapport\u202Efdp.exe\u0000.pdf"));
        assertEquals("regnskab_2025.xlsx", FileNames.sanitise("regnskab;\r\n2025.xlsx"));
        assertEquals("bilag.pdf", FileNames.sanitise("%.pdf"));
    }

    @Test
    void leadingAndTrailingDotsAndSpacesGo() {
        assertEquals("htaccess", FileNames.sanitise(".htaccess"));
        assertEquals("rapport.pdf", FileNames.sanitise("  rapport.pdf. . "));
        assertEquals("bilag", FileNames.sanitise(""));
        assertEquals("bilag", FileNames.sanitise(null));
    }

    @Test
    void aLongNameIsCutTo255CharactersKeepingItsExtension() {
        String name = FileNames.sanitise("å".repeat(400) + ".pdf");
        assertEquals(255, name.length());
        assertTrue(name.endsWith("å.pdf"));
    }

    @Test
    void theExtensionIsReadInLowerCase() {
        assertEquals("pdf", FileNames.extension("RAPPORT.PDF"));
        assertEquals("", FileNames.extension("rapport"));
        assertEquals("", FileNames.extension("rapport."));
        assertEquals("jpeg", FileNames.extension("foto.tar.JPEG"));
    }
}
