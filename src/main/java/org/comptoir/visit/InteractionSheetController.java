package org.comptoir.visit;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The suggestion sheet of a saved interaction at a stable address ({@code /sheets/interactions/42.pdf}),
 * in the language the conversation was held in, to those who may see the interaction (the desk's and the
 * history's rule); anybody else is told it does not exist.
 */
@Controller
class InteractionSheetController {

    private final InteractionSheetPdf sheets;

    InteractionSheetController(InteractionSheetPdf sheets) {
        this.sheets = sheets;
    }

    @GetMapping("/sheets/interactions/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return sheets.forReader(id)
                .map(sheet -> ResponseEntity.ok()
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(sheet.fileName())
                                        .build()
                                        .toString())
                        .contentType(MediaType.APPLICATION_PDF)
                        .body(sheet.pdf()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
