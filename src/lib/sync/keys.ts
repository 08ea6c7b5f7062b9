/**
 * The workspace key pair (ECDSA P-256, WebCrypto). The public key goes into the workspace
 * document, where the relay pins it; the private key stays on the device (extractable only so
 * that an invitation can pass it on, encrypted) and signs grants (ARCHITECTURE.md, Security).
 */
export async function generateWorkspaceKeys(): Promise<{
	publicKey: JsonWebKey;
	privateKey: CryptoKey;
}> {
	// Extractable: an administrator's invitation passes it on, encrypted (sync/invite.ts).
	const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'sign',
		'verify'
	]);
	return {
		publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
		privateKey: pair.privateKey
	};
}

/** The workspace private key as JWK, for the person's own export file. */
export async function exportWorkspaceKey(privateKey: CryptoKey): Promise<JsonWebKey> {
	return crypto.subtle.exportKey('jwk', privateKey);
}

/** A workspace private key read back from an export (extractable again, for invitations). */
export async function importWorkspaceKey(jwk: JsonWebKey): Promise<CryptoKey> {
	return crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'sign'
	]);
}
