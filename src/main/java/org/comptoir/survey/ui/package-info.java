/** The survey's screens: the kiosk, the phone's answer page, starting a kiosk, and the directors' comments. */
@NullMarked
package org.comptoir.survey.ui;

import org.jspecify.annotations.NullMarked;
