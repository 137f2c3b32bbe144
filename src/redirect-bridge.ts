// The redirectUri page (MSAL v5 "redirect bridge"). It must import nothing of the app:
// it only passes the authorization response back to the page that asked for it.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

void broadcastResponseToMainFrame();
