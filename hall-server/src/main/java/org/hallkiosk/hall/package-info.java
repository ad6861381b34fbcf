/** The hall server: the hall's one queue over HTTP/JSON, devices and their tokens, the live event stream. */
package org.hallkiosk.hall;
