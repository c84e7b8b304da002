package org.parley.keyissue;

public enum KeyIssueCategory {
    TERRITORY, SECURITY, NUCLEAR_SAFETY, ECONOMIC, HUMANITARIAN, POLITICAL, LEGAL
}
