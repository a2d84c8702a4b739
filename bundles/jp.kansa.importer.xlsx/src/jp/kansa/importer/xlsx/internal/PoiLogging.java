/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.simple.SimpleLogger;

/**
 * POI logs through log4j-api, and the product ships no log4j backend: log4j-api then prints
 * every error-level line (POI's {@code FATAL XMLHelper …} for a malformed part) on stderr, where
 * it reaches the user of the command line in the middle of the import's own message. Every
 * problem the import meets is reported by the import itself, so POI's lines are turned off.
 */
public final class PoiLogging {

	/** log4j-api's simple logger reads its level from here when its context is created. */
	static final String SIMPLE_LOG_LEVEL = "org.apache.logging.log4j.simplelog.level";
	/** log4j-api's own "could not find a logging provider" line. */
	static final String STATUS_LOGGER_LEVEL = "log4j2.StatusLogger.level";

	/**
	 * The POI loggers an import can reach. They matter only when another component loaded POI
	 * (and so created the logger context, with its level) before the first import.
	 */
	static final List<String> POI_LOGGERS = List.of("org.apache.poi.util.XMLHelper",
			"org.apache.poi.util.DocumentHelper", "org.apache.poi.openxml4j.opc.OPCPackage",
			"org.apache.poi.openxml4j.opc.ZipPackage", "org.apache.poi.openxml4j.opc.PackageRelationshipCollection",
			"org.apache.poi.openxml4j.opc.internal.unmarshallers.PackagePropertiesUnmarshaller",
			"org.apache.poi.openxml4j.util.ZipSecureFile", "org.apache.poi.ooxml.POIXMLDocumentPart",
			"org.apache.poi.ooxml.POIXMLFactory", "org.apache.poi.xssf.eventusermodel.XSSFReader",
			"org.apache.poi.xssf.model.StylesTable", "org.apache.poi.ss.usermodel.DateUtil");

	private static boolean quiet;

	private PoiLogging() {
	}

	/** Turns POI's logging off; call before POI is first used. Idempotent. */
	public static synchronized void quiet() {
		if (quiet) {
			return;
		}
		quiet = true;
		if (System.getProperty(SIMPLE_LOG_LEVEL) == null) {
			System.setProperty(SIMPLE_LOG_LEVEL, Level.OFF.name());
		}
		if (System.getProperty(STATUS_LOGGER_LEVEL) == null) {
			System.setProperty(STATUS_LOGGER_LEVEL, Level.OFF.name());
		}
		for (String name : POI_LOGGERS) {
			Logger logger = LogManager.getLogger(name);
			if (logger instanceof SimpleLogger simple) {
				simple.setLevel(Level.OFF);
			}
		}
	}
}
