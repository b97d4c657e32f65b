package org.comptoir.suggestion;

import io.nayuki.qrcodegen.QrCode;
import org.jspecify.annotations.Nullable;

/**
 * One attraction as a sheet shows it, every text already in the sheet's language.
 *
 * @param website the address as shown ("www.vulcania.com")
 * @param url     the address the link and the QR code open
 */
record SheetPick(
        int number,
        String name,
        @Nullable String description,
        @Nullable String address,
        String drive,
        String opening,
        @Nullable String openingNotes,
        @Nullable String price,
        @Nullable String website,
        @Nullable String url,
        @Nullable QrCode qr) {}
