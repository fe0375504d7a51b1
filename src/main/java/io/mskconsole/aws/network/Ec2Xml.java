package io.mskconsole.aws.network;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads EC2's XML answers with the JDK's DOM parser: elements are matched by local name, whatever their namespace
 * ({@code http://ec2.amazonaws.com/doc/2016-11-15/} in answers, none in errors). Document types and external
 * entities are refused, so an answer cannot make the parser read files or the network.
 */
final class Ec2Xml {
    private static final DocumentBuilderFactory FACTORY = factory();
    /** Throws on errors instead of printing them to standard error, as the parser does without a handler. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // nothing: a warning does not stop the parse
        }

        @Override
        public void error(SAXParseException exception) throws SAXParseException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    };

    private Ec2Xml() {
    }

    /** An answer that is not well-formed XML; the message says where and why, in one line. */
    static final class MalformedException extends Exception {
        MalformedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The error of a failed call, from {@code <Response><Errors><Error><Code/><Message/>...<RequestID/>}. */
    record Error(String code, String message, String requestId) {
    }

    /** The root element of the document. */
    static Element parse(byte[] body) throws MalformedException {
        if (body.length == 0) {
            throw new MalformedException("it is empty", null);
        }
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(SILENT);
            return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new MalformedException("it declares a document type (line " + e.getLineNumber()
                        + "), which EC2's answers never do, so it was not read", e);
            }
            throw new MalformedException("it is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + oneLine(e.getMessage()) + ")", e);
        } catch (SAXException | IOException e) {
            throw new MalformedException("it is not well-formed XML (" + oneLine(e.getMessage()) + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be set up", e);
        }
    }

    /** The first {@code Errors/Error} of an error answer, or null when the body is not one. */
    static Error error(byte[] body) {
        try {
            Element root = parse(body);
            Element error = child(child(root, "Errors"), "Error");
            if (error == null) {
                error = child(root, "Error");
            }
            if (error == null) {
                return null;
            }
            String requestId = text(root, "RequestID");
            return new Error(text(error, "Code"), text(error, "Message"),
                    requestId != null ? requestId : text(root, "RequestId"));
        } catch (MalformedException notXml) {
            return null;
        }
    }

    /** The first child element of {@code parent} with this local name; null when there is none or no parent. */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    /** The text of the child element with this local name, or null when there is none. */
    static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent();
    }

    /** The {@code item} elements of the child list {@code listName} ({@code <vpcSet><item/>...}); empty if absent. */
    static List<Element> items(Element parent, String listName) {
        List<Element> items = new ArrayList<>();
        Element list = child(parent, listName);
        if (list != null) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "item".equals(localName(e))) {
                    items.add(e);
                }
            }
        }
        return items;
    }

    static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "no details";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
