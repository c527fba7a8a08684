package org.courseplanner.caldav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A WebDAV multistatus answer (RFC 4918 13), read with the JDK's namespace-aware DOM. A server
 * is not trusted: document types, and so external entities and entity expansion, are refused.
 */
final class Multistatus {
    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    /** One {@code response}: a resource's href and the properties the server found (status 200). */
    record Response(String href, List<Element> found) {

        /** The property with this name, when the server found it. */
        Optional<Element> property(String namespace, String name) {
            return found.stream().filter(e -> is(e, namespace, name)).findFirst();
        }

        /** The property's text, trimmed; empty when it is missing or blank. */
        Optional<String> text(String namespace, String name) {
            return property(namespace, name).map(Node::getTextContent).map(String::strip).filter(t -> !t.isEmpty());
        }

        /** The href inside the property (current-user-principal, calendar-home-set). */
        Optional<String> hrefIn(String namespace, String name) {
            return property(namespace, name).flatMap(p -> children(p).stream().filter(c -> is(c, DAV, "href")).findFirst())
                    .map(h -> h.getTextContent().strip()).filter(t -> !t.isEmpty());
        }

        /** The names of the property's child elements in one namespace (resourcetype's {@code calendar}, privileges). */
        List<String> childNames(String namespace, String name, String childNamespace) {
            return property(namespace, name).map(p -> descendants(p, childNamespace)).orElse(List.of());
        }

        boolean isCalendar() {
            return childNames(DAV, "resourcetype", CALDAV).contains("calendar");
        }

        /** The component kinds the calendar takes (VEVENT, VTODO); empty when the server does not say. */
        List<String> components() {
            return property(CALDAV, "supported-calendar-component-set").map(set -> children(set).stream()
                    .filter(c -> is(c, CALDAV, "comp")).map(c -> c.getAttribute("name")).filter(n -> !n.isBlank()).toList())
                    .orElse(List.of());
        }
    }

    private Multistatus() {
    }

    /** The responses of a 207 answer; an IOException when it is not a multistatus document. */
    static List<Response> parse(byte[] body) throws IOException {
        Element root = document(body).getDocumentElement();
        if (!is(root, DAV, "multistatus")) {
            throw new IOException("the server's answer is not a WebDAV multistatus but <" + root.getNodeName() + ">");
        }
        List<Response> responses = new ArrayList<>();
        for (Element response : children(root)) {
            if (!is(response, DAV, "response")) {
                continue;
            }
            String href = null;
            List<Element> found = new ArrayList<>();
            for (Element part : children(response)) {
                if (is(part, DAV, "href") && href == null) {
                    href = part.getTextContent().strip();
                } else if (is(part, DAV, "propstat") && succeeded(part)) {
                    children(part).stream().filter(c -> is(c, DAV, "prop")).forEach(prop -> found.addAll(children(prop)));
                }
            }
            if (href != null && !href.isEmpty()) {
                responses.add(new Response(href, List.copyOf(found)));
            }
        }
        return responses;
    }

    /**
     * What a DAV:error body names (RFC 4918 16), e.g. {@code no-uid-conflict}; empty when the body
     * is no such document.
     */
    static List<String> errorConditions(byte[] body) {
        try {
            Element root = document(body).getDocumentElement();
            return is(root, DAV, "error") ? children(root).stream().map(Node::getLocalName).toList() : List.of();
        } catch (IOException notXml) {
            return List.of();
        }
    }

    private static boolean succeeded(Element propstat) {
        return children(propstat).stream().filter(c -> is(c, DAV, "status"))
                .map(s -> s.getTextContent().strip().split(" "))
                .anyMatch(words -> words.length >= 2 && words[1].startsWith("2"));
    }

    private static Document document(byte[] body) throws IOException {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null); // the parser would print to stderr; an error is thrown anyway
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException e) {
            throw new IOException("the server's answer is not well-formed XML (" + e.getMessage() + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses its own secure settings", e);
        }
    }

    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            // no DOCTYPE at all: no external entities, no billion laughs
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support refusing document types", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    static boolean is(Node node, String namespace, String name) {
        return node instanceof Element && namespace.equals(node.getNamespaceURI()) && name.equals(node.getLocalName());
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    /** Local names of every element below {@code parent} in the namespace (privileges are nested in {@code privilege}). */
    private static List<String> descendants(Element parent, String namespace) {
        List<String> names = new ArrayList<>();
        for (Element child : children(parent)) {
            if (namespace.equals(child.getNamespaceURI())) {
                names.add(child.getLocalName());
            }
            names.addAll(descendants(child, namespace));
        }
        return names;
    }
}
